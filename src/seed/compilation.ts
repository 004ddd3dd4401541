import type { EntityKind } from "../model/kinds.js";
import type { Problem } from "../model/problems.js";
import type {
  EntityRecord,
  EvidenceRecord,
  RelationshipRecord,
  SourceRecord,
  StatementRecord,
} from "../model/records.js";
import type { ParsedFile } from "./parse.js";

/**
 * The state the seed compiler's steps share: what it has built so far, and every problem found, each
 * placed at its path and line in its file.
 */

/** A reference to an entity the files do not declare (only with `external`: it may be in the graph). */
export interface ExternalReference {
  id: string;
  /** The kinds the reference allows. */
  kinds: readonly EntityKind[];
  file: string;
  at: string;
}

/**
 * The model's Problem, placed in a seed file: its file, and its place there as one readable string (an
 * import's problems are reported at ["input", "yaml", at], write/service.ts).
 */
export interface SeedProblem extends Omit<Problem, "at"> {
  file: string;
  /** Where in the file: a path such as entities[3].evidence[0], and its line when known. */
  at: string;
}

/** A path into a seed file, such as ["entities", 3, "evidence", 0]. */
export type Path = (string | number)[];

function formatPath(at: readonly PropertyKey[]): string {
  return at.reduce<string>(
    (s, part) => (typeof part === "number" ? `${s}[${part}]` : s ? `${s}.${String(part)}` : String(part)),
    "",
  );
}

/** "entities[3].type (line 14)", "line 7" for a place known only by its line, "(file)" for the whole. */
export function formatPlace(at: Path, line: number | undefined): string {
  const path = formatPath(at);
  if (!path) return line ? `line ${line}` : "(file)";
  return line ? `${path} (line ${line})` : path;
}

/** A problem with the line it was found on, so that a file's problems can be listed in its order. */
export type Placed = SeedProblem & { line: number | undefined };

/** What the compiler has built so far, and what it found wrong. */
export interface Compilation {
  sources: Map<string, SourceRecord>;
  entities: Map<string, EntityRecord>;
  relationships: Map<string, RelationshipRecord>;
  evidence: Map<string, EvidenceRecord>;
  statements: Map<string, StatementRecord>;
  problems: Placed[];
  /** Where each source, entity and relationship id is first declared, for problems found later. */
  places: Map<string, string>;
}

export function report(c: Compilation, p: ParsedFile, at: Path, message: string): void {
  const line = p.lineOf(at);
  c.problems.push({ file: p.file, at: formatPlace(at, line), message, line });
}

/** A compilation with nothing built and nothing found yet. */
export function newCompilation(): Compilation {
  return {
    sources: new Map(),
    entities: new Map(),
    relationships: new Map(),
    evidence: new Map(),
    statements: new Map(),
    problems: [],
    places: new Map(),
  };
}
