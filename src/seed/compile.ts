import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isNode, LineCounter, parseDocument } from "yaml";
import { DateResolutionError, findIndonesianDate, resolveIndonesianDate } from "../domain/dates.js";
import {
  seedFileSchema,
  type EntityKind,
  type SeedEntity,
  type SeedFile,
  type SeedRelationship,
  type SeedSource,
} from "./format.js";

/**
 * Turns the seed files into the graph to write: validated, quotes located at character offsets in their
 * source text, entities declared in several files merged, every reference checked. Pure: no database.
 */

export interface EvidenceRecord {
  id: string;
  /** Id of the entity or relationship the quote supports. */
  about: string;
  sourceId: string;
  quote: string;
  start: number;
  end: number;
}

export interface SourceRecord extends SeedSource {
  text: string;
}

export type EntityRecord = SeedEntity & { sourceIds: string[] };

export interface RelationshipRecord extends Omit<SeedRelationship, "evidence" | "key"> {
  id: string;
  /** The latest date a source observes it on (observedOn is the earliest). */
  lastObservedOn?: string;
  sourceIds: string[];
}

export interface SeedGraph {
  sources: SourceRecord[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
  evidence: EvidenceRecord[];
}

/** A reference to an entity the files do not declare (only with `external`: it may be in the graph). */
export interface ExternalReference {
  id: string;
  /** The kinds the reference allows. */
  kinds: readonly EntityKind[];
  file: string;
  at: string;
}

export interface SeedProblem {
  file: string;
  /** Where in the file: a path such as entities[3].evidence[0], and its line when known. */
  at: string;
  message: string;
}

export class SeedError extends Error {
  override name = "SeedError";
  constructor(readonly problems: SeedProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in the seed files:\n` +
        problems.map((p) => `  ${p.file}: ${p.at}: ${p.message}`).join("\n"),
    );
  }
}

/** Which kinds each relationship type may connect; anything else is a modelling mistake. */
export const ENDPOINTS: Record<SeedRelationship["type"], [EntityKind[], EntityKind[]]> = {
  HOLDS_POSITION: [["Person"], ["Organization"]],
  UNIT_OF: [["Organization"], ["Organization"]],
  MEMBER_OF: [["Organization"], ["Organization"]],
  PARTY_TO: [
    ["Organization", "Person"],
    ["Agreement", "Programme"],
  ],
  COVERS: [
    ["Agreement", "Programme", "Event", "Regulation"],
    ["Commodity", "Topic"],
  ],
  OPERATES: [["Organization"], ["Facility"]],
  LOCATED_IN: [["Organization", "Facility", "Place", "Event"], ["Place"]],
  TOOK_PART_IN: [["Organization", "Person"], ["Event"]],
  ISSUED: [["Organization"], ["Regulation"]],
  CITES: [["Organization", "Person", "Event", "Agreement", "Programme"], ["Regulation"]],
  PART_OF: [
    ["Programme", "Facility", "Event"],
    ["Programme", "Facility", "Event"],
  ],
  SUPPLIER_OF: [["Organization"], ["Organization"]],
  PARTNER_OF: [["Organization"], ["Organization"]],
  BENEFICIARY_OF: [["Organization"], ["Programme"]],
  PRODUCES: [["Organization", "Facility", "Place"], ["Commodity"]],
  MEASURES: [
    ["Indicator"],
    ["Organization", "Programme", "Facility", "Place", "Agreement", "Commodity", "Event"],
  ],
};

/**
 * Every relationship type ties two different entities (a unit of itself would make `parent { parent … }`
 * endless): the refusal of one that does not, for the seed files, imports and mutations alike.
 */
export function selfLoopProblem(r: Pick<SeedRelationship, "from" | "to">): string | undefined {
  return r.from === r.to ? `a relationship cannot connect an entity to itself (${r.from})` : undefined;
}

/** Evidence is identified by what it supports and the exact span of its source it quotes. */
export function evidenceId(about: string, sourceId: string, span: { start: number; end: number }): string {
  return `${about}@${sourceId}:${span.start}-${span.end}`;
}

export function relationshipId(r: Pick<SeedRelationship, "type" | "from" | "to" | "key">): string {
  return `${r.from}-[${r.type}]->${r.to}${r.key ? `#${r.key}` : ""}`;
}

interface ParsedFile {
  file: string;
  data: SeedFile;
  lineOf: (at: (string | number)[]) => number | undefined;
}

function formatPath(at: readonly PropertyKey[]): string {
  return at.reduce<string>(
    (s, part) => (typeof part === "number" ? `${s}[${part}]` : s ? `${s}.${String(part)}` : String(part)),
    "",
  );
}

function parseFile(file: string, text: string, problems: SeedProblem[]): ParsedFile | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      problems.push({
        file,
        at: pos ? `line ${pos.line}` : "(file)",
        message: `YAML: ${e.code} ${e.message.split("\n")[0] ?? ""}`,
      });
    }
    return undefined;
  }
  const lineOf = (at: (string | number)[]): number | undefined => {
    for (let n = at.length; n > 0; n--) {
      const node: unknown = doc.getIn(at.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // Aliases the parser accepts but cannot expand: one to an anchor not set before it, or so many that
    // expanding them would exhaust memory (a "billion laughs" file). The yaml library throws ReferenceError.
    if (!(error instanceof ReferenceError)) throw error;
    problems.push({ file, at: "(file)", message: `YAML: ${error.message}` });
    return undefined;
  }
  const parsed = seedFileSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      const line = lineOf(at);
      problems.push({
        file,
        at: `${formatPath(at) || "(root)"}${line ? ` (line ${line})` : ""}`,
        message: issue.message,
      });
    }
    return undefined;
  }
  return { file, data: parsed.data, lineOf };
}

/** Finds the quote in the text: it must occur exactly once, so that its offsets are unambiguous. */
export function locateQuote(text: string, quote: string): { start: number; end: number } | string {
  const start = text.indexOf(quote);
  if (start < 0) return "quote not found verbatim in the source text";
  if (text.indexOf(quote, start + 1) >= 0)
    return "quote occurs more than once in the source text; quote more of the sentence";
  return { start, end: start + quote.length };
}

/**
 * Where the date note quotes an Indonesian weekday date ("Kamis (3/12)"), it must resolve to publishedOn:
 * the year is the one near publishedOn's on which that day falls on that weekday.
 */
function checkPublicationDate(source: SeedSource): string | undefined {
  const printed = source.dateNote === undefined ? undefined : findIndonesianDate(source.dateNote);
  if (!printed || source.publishedOn === undefined) return undefined;
  try {
    const resolved = resolveIndonesianDate(printed, Number(source.publishedOn.slice(0, 4)));
    return resolved === source.publishedOn
      ? undefined
      : `the note's ${printed.weekday} (${printed.day}/${printed.month}) is ${resolved}, not publishedOn ${source.publishedOn}`;
  } catch (error) {
    return error instanceof DateResolutionError ? error.message : String(error);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Compiles seed files given as `{ file name: YAML text }` and source texts as `{ text file: text }`. */
export function compileSeed(
  files: Record<string, string>,
  texts: Record<string, string> | ((textFile: string) => string | undefined),
  options: { external?: boolean } = {},
): SeedGraph & { external: ExternalReference[] } {
  const problems: SeedProblem[] = [];
  const parsed = Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, text]) => parseFile(file, text, problems))
    .filter((p): p is ParsedFile => p !== undefined);

  const sources = new Map<string, SourceRecord>();
  const entities = new Map<string, EntityRecord>();
  const relationships = new Map<string, RelationshipRecord>();
  const evidence = new Map<string, EvidenceRecord>();
  const where = (p: ParsedFile, at: (string | number)[]) => {
    const line = p.lineOf(at);
    return `${formatPath(at)}${line ? ` (line ${line})` : ""}`;
  };

  const addEvidence = (
    p: ParsedFile,
    source: SourceRecord,
    about: string,
    quotes: string[],
    at: (string | number)[],
  ) => {
    quotes.forEach((q, i) => {
      const located = locateQuote(source.text, q);
      if (typeof located === "string") {
        problems.push({ file: p.file, at: where(p, [...at, "evidence", i]), message: `${located}: "${q}"` });
        return;
      }
      const id = evidenceId(about, source.id, located);
      evidence.set(id, { id, about, sourceId: source.id, quote: q, ...located });
    });
  };

  for (const p of parsed) {
    const { source: meta } = p.data;
    const text = typeof texts === "function" ? texts(meta.textFile) : texts[meta.textFile];
    if (text === undefined) {
      problems.push({
        file: p.file,
        at: where(p, ["source", "textFile"]),
        message: `no source text seed/sources/${meta.textFile}`,
      });
      continue;
    }
    if (sources.has(meta.id)) {
      problems.push({
        file: p.file,
        at: where(p, ["source", "id"]),
        message: `source id ${meta.id} is used by another file`,
      });
      continue;
    }
    const dateProblem = checkPublicationDate(meta);
    if (dateProblem)
      problems.push({ file: p.file, at: where(p, ["source", "dateNote"]), message: dateProblem });
    const source: SourceRecord = { ...meta, text };
    sources.set(meta.id, source);

    p.data.entities.forEach((entity, i) => {
      const at = ["entities", i];
      const known = entities.get(entity.id);
      if (!known) {
        entities.set(entity.id, {
          ...entity,
          evidence: [],
          aliases: [...new Set(entity.aliases)],
          sourceIds: [source.id],
        });
      } else {
        // The same actor declared again by another article: it may add aliases and evidence, nothing else.
        for (const key of Object.keys(entity) as (keyof SeedEntity)[]) {
          if (["aliases", "evidence", "description", "inferred", "distinctFrom"].includes(key)) continue;
          if (!sameValue(known[key as keyof EntityRecord], entity[key])) {
            problems.push({
              file: p.file,
              at: where(p, [...at, key]),
              message: `${entity.id} is declared elsewhere with ${key} ${JSON.stringify(known[key as keyof EntityRecord])}`,
            });
          }
        }
        known.aliases = [...new Set([...known.aliases, ...entity.aliases])];
        if (entity.distinctFrom)
          known.distinctFrom = [...new Set([...(known.distinctFrom ?? []), ...entity.distinctFrom])];
        known.description ??= entity.description;
        // A fact stated by one article is stated, even where another only implies it.
        if (entity.inferred === undefined) delete known.inferred;
        if (!known.sourceIds.includes(source.id)) known.sourceIds.push(source.id);
      }
      addEvidence(p, source, entity.id, entity.evidence, at);
      if (entity.kind === "Indicator") {
        const measures = { type: "MEASURES" as const, from: entity.id, to: entity.subject };
        const id = relationshipId(measures);
        relationships.set(id, { ...measures, id, sourceIds: [source.id] });
        addEvidence(p, source, id, entity.evidence, at);
      }
    });

    p.data.relationships.forEach((r, i) => {
      const at = ["relationships", i];
      const { evidence: quotes, key: _key, ...props } = r;
      const id = relationshipId(r);
      const known = relationships.get(id);
      if (!known) {
        relationships.set(id, { ...props, id, lastObservedOn: props.observedOn, sourceIds: [source.id] });
      } else {
        for (const k of ["title", "titleEn", "role", "since", "until"] as const) {
          if (props[k] !== undefined && known[k] !== undefined && props[k] !== known[k]) {
            problems.push({
              file: p.file,
              at: where(p, [...at, k]),
              message: `${id} is declared elsewhere with ${k} "${known[k]}"`,
            });
          }
          known[k] ??= props[k];
        }
        // Observed again: keep the first and the last date it was seen on.
        const seen = [known.observedOn, known.lastObservedOn, props.observedOn]
          .filter((d) => d !== undefined)
          .sort();
        known.observedOn = seen[0];
        known.lastObservedOn = seen.at(-1);
        if (props.inferred === undefined) delete known.inferred;
        if (!known.sourceIds.includes(source.id)) known.sourceIds.push(source.id);
      }
      addEvidence(p, source, id, quotes, at);
    });
  }

  // References are checked once every file is read, since an article may use an actor another declares.
  // An import may also refer to entities already in the graph: those are returned for the caller to check.
  const external: ExternalReference[] = [];
  const unknown = (p: ParsedFile, at: (string | number)[], id: string, kinds: readonly EntityKind[]) => {
    if (options.external) external.push({ id, kinds, file: p.file, at: where(p, at) });
    else problems.push({ file: p.file, at: where(p, at), message: `unknown entity ${id}` });
  };
  for (const p of parsed) {
    p.data.relationships.forEach((r, i) => {
      const loop = selfLoopProblem(r);
      if (loop) problems.push({ file: p.file, at: where(p, ["relationships", i, "to"]), message: loop });
      const [fromKinds, toKinds] = ENDPOINTS[r.type];
      for (const [end, kinds] of [
        ["from", fromKinds],
        ["to", toKinds],
      ] as const) {
        const target = entities.get(r[end]);
        if (!target) {
          unknown(p, ["relationships", i, end], r[end], kinds);
        } else if (!kinds.includes(target.kind)) {
          problems.push({
            file: p.file,
            at: where(p, ["relationships", i, end]),
            message: `${r.type} cannot have a ${target.kind} (${r[end]}) at its '${end}' end; expected ${kinds.join(" or ")}`,
          });
        }
      }
    });
    p.data.entities.forEach((e, i) => {
      if (e.kind === "Indicator" && !entities.has(e.subject)) {
        unknown(p, ["entities", i, "subject"], e.subject, ENDPOINTS.MEASURES[1]);
      }
    });
  }

  if (problems.length > 0) throw new SeedError(problems);
  return {
    sources: [...sources.values()],
    entities: [...entities.values()],
    relationships: [...relationships.values()],
    evidence: [...evidence.values()],
    external,
  };
}

/** Reads seed/data/*.yaml and seed/sources/*.txt from a seed folder and compiles them. */
export function compileSeedDir(seedDir: string): SeedGraph {
  const read = (dir: string, ext: string) =>
    Object.fromEntries(
      readdirSync(path.join(seedDir, dir))
        .filter((f) => f.endsWith(ext))
        .map((f) => [f, readFileSync(path.join(seedDir, dir, f), "utf8")]),
    );
  return compileSeed(read("data", ".yaml"), read("sources", ".txt"));
}
