import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import { z } from "zod";
import {
  seedEntitySchema,
  seedRelationshipSchema,
  sourceSchema,
  statementSchema,
  type SeedEntity,
  type SeedRelationship,
  type SeedSource,
  type SeedStatement,
} from "../model/format.js";
import { splitListWarnings, type Path } from "./split-lists.js";

/**
 * Reads one seed file and checks it part by part (the source, each entity, each relationship, each statement), so that a
 * wrong field in one entity does not hide the problems of the others: every problem of a file is found
 * in one pass. What is valid is kept for the compiler; what is not is reported with its path and line.
 */

export type { Path };

export interface Item<T> {
  /** Its position in the file's list, for the paths of its problems. */
  index: number;
  value: T;
}

export interface ParsedFile {
  file: string;
  /** The source's metadata, when it is valid. */
  source: SeedSource | undefined;
  /** The text the quotes come from, named even where the rest of `source` is not valid. */
  textFile: string | undefined;
  entities: Item<SeedEntity>[];
  relationships: Item<SeedRelationship>[];
  statements: Item<SeedStatement>[];
  /**
   * Entities and relationships that are not valid, as written: their quotes and references are still
   * checked, so that their other problems are reported too.
   */
  invalid: { at: Path; raw: Record<string, unknown> }[];
  /** Ids of entities that are not valid: a reference to one is not reported as unknown on top. */
  invalidIds: Set<string>;
  lineOf: (at: Path) => number | undefined;
}

export interface Finding {
  at: Path;
  message: string;
  /** Given where the path cannot say it (a YAML syntax error); else the line is looked up from `at`. */
  line?: number;
}

/** What the file must look like around its parts; each part has its own schema (model/format.ts). */
const layout = z.strictObject({
  source: z.unknown(),
  entities: z.array(z.unknown()).nullish(),
  relationships: z.array(z.unknown()).nullish(),
  statements: z.array(z.unknown()).nullish(),
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function checked<T>(schema: z.ZodType<T>, value: unknown, at: Path, problems: Finding[]): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const path = [...at, ...issue.path.filter((p): p is string | number => typeof p !== "symbol")];
    // One problem per misspelt key, at the key, rather than one for the whole object at its first line.
    if (issue.code === "unrecognized_keys")
      for (const key of issue.keys)
        problems.push({ at: [...path, key], message: `Unrecognized key: "${key}"` });
    else problems.push({ at: path, message: issue.message });
  }
  return undefined;
}

function lineFinder(doc: Document, lineCounter: LineCounter): (at: Path) => number | undefined {
  return (at) => {
    for (let n = at.length; n > 0; n--) {
      const node: unknown = doc.getIn(at.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/** The document's plain data, or a problem: YAML that does not parse or whose aliases cannot expand. */
function toData(doc: Document): { data: unknown } | { problem: string } {
  try {
    return { data: doc.toJS() };
  } catch (error) {
    // Aliases the parser accepts but cannot expand: one to an anchor not set before it, or so many that
    // expanding them would exhaust memory (a "billion laughs" file). The yaml library throws ReferenceError.
    if (!(error instanceof ReferenceError)) throw error;
    return { problem: `YAML: ${error.message}` };
  }
}

type Part = "entities" | "relationships" | "statements";

function parts(data: Record<string, unknown>, key: Part): unknown[] {
  const value = data[key];
  return Array.isArray(value) ? value : [];
}

/** Checks each entity or relationship; keeps the valid ones, and the others as written. */
function checkItems<T>(
  schema: z.ZodType<T>,
  items: unknown[],
  key: Part,
  file: Pick<ParsedFile, "invalid" | "invalidIds">,
  problems: Finding[],
): Item<T>[] {
  const valid: Item<T>[] = [];
  items.forEach((raw, index) => {
    const value = checked(schema, raw, [key, index], problems);
    if (value !== undefined) {
      valid.push({ index, value });
      return;
    }
    if (!isRecord(raw)) return;
    if (key === "entities" && typeof raw.id === "string") file.invalidIds.add(raw.id);
    file.invalid.push({ at: [key, index], raw });
  });
  return valid;
}

/**
 * Parses a file: undefined when its YAML cannot be read (its problems say where), else its parts, with
 * `problems` holding what is wrong with any of them and `warnings` what looks wrong (split flow lists).
 */
export function parseSeedFile(
  file: string,
  text: string,
  problems: Finding[],
  warnings: Finding[],
): ParsedFile | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const message = `YAML: ${e.code} ${e.message.split("\n")[0] ?? ""}`;
      problems.push({ at: [], message, ...(e.linePos ? { line: e.linePos[0].line } : {}) });
    }
    return undefined;
  }
  const read = toData(doc);
  if ("problem" in read) {
    problems.push({ at: [], message: read.problem });
    return undefined;
  }
  warnings.push(...splitListWarnings(doc, text));
  checked(layout, read.data, [], problems);
  const data = isRecord(read.data) ? read.data : {};
  const rawSource = data.source;
  const parsed: ParsedFile = {
    file,
    source: checked(sourceSchema, rawSource, ["source"], problems),
    textFile: isRecord(rawSource) && typeof rawSource.textFile === "string" ? rawSource.textFile : undefined,
    entities: [],
    relationships: [],
    statements: [],
    invalid: [],
    invalidIds: new Set(),
    lineOf: lineFinder(doc, lineCounter),
  };
  parsed.entities = checkItems(seedEntitySchema, parts(data, "entities"), "entities", parsed, problems);
  parsed.relationships = checkItems(
    seedRelationshipSchema,
    parts(data, "relationships"),
    "relationships",
    parsed,
    problems,
  );
  parsed.statements = checkItems(statementSchema, parts(data, "statements"), "statements", parsed, problems);
  return parsed;
}
