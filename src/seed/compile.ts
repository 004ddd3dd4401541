import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { observationContext, withObservations } from "../domain/observation.js";
import type { GraphChanges } from "../model/records.js";
import {
  formatPlace,
  newCompilation,
  type Compilation,
  type ExternalReference,
  type Placed,
  type SeedProblem,
} from "./compilation.js";
import { addFile, type SourceTexts } from "./merge.js";
import { parseSeedFile, type Finding, type ParsedFile } from "./parse.js";
import { checkReferences } from "./references.js";

/**
 * Turns the seed files into the graph to write in three steps: parse (each file validated on its own,
 * parse.ts), merge (quotes located at character offsets in their source text, entities declared in several
 * files merged, merge.ts) and check (every reference, references.ts). Pure: no database. Every problem of
 * every file is reported at once, each with its path and line.
 */

export type { ExternalReference, SeedProblem } from "./compilation.js";

/** "3 problems in the seed files:" and one indented line per problem. */
export function describeProblems(problems: readonly SeedProblem[], what = "problem"): string {
  return (
    `${problems.length} ${what}${problems.length === 1 ? "" : "s"} in the seed files:\n` +
    problems.map((p) => `  ${p.file}: ${p.at}: ${p.message}`).join("\n")
  );
}

export class SeedError extends Error {
  override name = "SeedError";
  constructor(
    readonly problems: SeedProblem[],
    readonly warnings: SeedProblem[] = [],
  ) {
    super(
      describeProblems(problems) + (warnings.length > 0 ? `\n${describeProblems(warnings, "warning")}` : ""),
    );
  }
}

/** Everything a compilation found: the graph as far as it is valid, and what is wrong or looks wrong. */
export interface Compiled extends GraphChanges {
  external: ExternalReference[];
  /** Every problem of every file, each file's in the order of its lines. Empty when the graph is sound. */
  problems: SeedProblem[];
  /** What looks wrong without being an error (a flow list that split a name at a comma). */
  warnings: SeedProblem[];
  /** Where a source, entity or relationship id is first declared, such as "entities[3] (line 40)". */
  placeOf: (id: string) => string | undefined;
}

/** The parse step: every file validated on its own, in the order of their names, with its findings. */
function parseFiles(
  c: Compilation,
  files: Record<string, string>,
): { parsed: ParsedFile[]; warnings: SeedProblem[] } {
  const warnings: SeedProblem[] = [];
  const parsed: ParsedFile[] = [];
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const found: Finding[] = [];
    const looks: Finding[] = [];
    const p = parseSeedFile(file, text, found, looks);
    for (const f of found) {
      const line = f.line ?? p?.lineOf(f.at);
      c.problems.push({ file, at: formatPlace(f.at, line), message: f.message, line });
    }
    for (const f of looks)
      warnings.push({ file, at: formatPlace(f.at, p?.lineOf(f.at)), message: f.message });
    if (p) parsed.push(p);
  }
  return { parsed, warnings };
}

/** Problems file by file (in the order files first had one), each file's in the order of its lines. */
function inFileOrder(problems: readonly Placed[]): SeedProblem[] {
  const order = [...new Set(problems.map((p) => p.file))];
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        order.indexOf(a.p.file) - order.indexOf(b.p.file) || (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i,
    )
    .map(({ p: { line: _line, ...problem } }) => problem);
}

/**
 * Compiles seed files given as `{ file name: YAML text }` and source texts as `{ text file: text }` (or a
 * function from a text file's name to its text), collecting every problem instead of stopping at the
 * first: the result holds what is valid, and `problems` the rest.
 */
export function tryCompileSeed(
  files: Record<string, string>,
  texts: SourceTexts,
  options: { external?: boolean } = {},
): Compiled {
  const c = newCompilation();
  const { parsed, warnings } = parseFiles(c, files);
  for (const p of parsed) addFile(c, p, texts);
  const external = checkReferences(c, parsed, options);
  return {
    sources: [...c.sources.values()],
    entities: [...c.entities.values()],
    // Every tie gets an observation date, stated or derived, for imports and the seed alike.
    relationships: withObservations(
      [...c.relationships.values()],
      observationContext([...c.entities.values()], [...c.sources.values()]),
    ),
    evidence: [...c.evidence.values()],
    statements: [...c.statements.values()],
    external,
    problems: inFileOrder(c.problems),
    warnings,
    placeOf: (id) => c.places.get(id),
  };
}

/** Compiles seed files as tryCompileSeed does, and throws a SeedError naming every problem if any. */
export function compileSeed(
  files: Record<string, string>,
  texts: SourceTexts,
  options: { external?: boolean } = {},
): GraphChanges & { external: ExternalReference[]; warnings: SeedProblem[] } {
  const { problems, warnings, placeOf: _placeOf, ...graph } = tryCompileSeed(files, texts, options);
  if (problems.length > 0) throw new SeedError(problems, warnings);
  return { ...graph, warnings };
}

/** Reads seed/data/*.yaml and seed/sources/*.txt from a seed folder and compiles them. */
export function compileSeedDir(seedDir: string): GraphChanges & { warnings: SeedProblem[] } {
  const read = (dir: string, ext: string) =>
    Object.fromEntries(
      readdirSync(path.join(seedDir, dir))
        .filter((f) => f.endsWith(ext))
        .map((f) => [f, readFileSync(path.join(seedDir, dir, f), "utf8")]),
    );
  const { external: _external, ...graph } = compileSeed(read("data", ".yaml"), read("sources", ".txt"));
  return graph;
}
