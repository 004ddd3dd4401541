import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DateResolutionError, findIndonesianDate, resolveIndonesianDate } from "../domain/dates.js";
import {
  entityId,
  RELATIONSHIP_TYPES,
  type EntityKind,
  type RelationshipType,
  type SeedEntity,
  type SeedRelationship,
  type SeedSource,
} from "./format.js";
import { parseSeedFile, type Finding, type ParsedFile } from "./parse.js";
import { locateQuote, type LocatedQuote } from "./locate-quote.js";
import { observationContext, withObservations, type ObservedOnBasis } from "../domain/observation.js";

/**
 * Turns the seed files into the graph to write: validated, quotes located at character offsets in their
 * source text, entities declared in several files merged, every reference checked. Pure: no database.
 * Every problem of every file is reported at once, each with its path and line.
 */

export { locateQuote, type LocatedQuote, type QuoteLocation } from "./locate-quote.js";

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
  /** How observedOn was established: stated, or derived (src/domain/observation.ts). */
  observedOnBasis?: ObservedOnBasis;
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

/** The source, entity and relationship declarations the compiler checks, once a file is parsed. */
type Path = (string | number)[];

function formatPath(at: readonly PropertyKey[]): string {
  return at.reduce<string>(
    (s, part) => (typeof part === "number" ? `${s}[${part}]` : s ? `${s}.${String(part)}` : String(part)),
    "",
  );
}

/** "entities[3].type (line 14)", "line 7" for a place known only by its line, "(file)" for the whole. */
function formatPlace(at: Path, line: number | undefined): string {
  const path = formatPath(at);
  if (!path) return line ? `line ${line}` : "(file)";
  return line ? `${path} (line ${line})` : path;
}

/** A problem with the line it was found on, so that a file's problems can be listed in its order. */
type Placed = SeedProblem & { line: number | undefined };

/** What the compiler has built so far, and what it found wrong. */
interface Compilation {
  sources: Map<string, SourceRecord>;
  entities: Map<string, EntityRecord>;
  relationships: Map<string, RelationshipRecord>;
  evidence: Map<string, EvidenceRecord>;
  problems: Placed[];
  /** Where each source, entity and relationship id is first declared, for problems found later. */
  places: Map<string, string>;
}

function report(c: Compilation, p: ParsedFile, at: Path, message: string): void {
  const line = p.lineOf(at);
  c.problems.push({ file: p.file, at: formatPlace(at, line), message, line });
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

/**
 * Locates the quotes of a fact. With a source, each located quote becomes evidence about `about`; without
 * one (its metadata is not valid) the quotes are only checked, so that their problems are reported too.
 */
function addEvidence(
  c: Compilation,
  p: ParsedFile,
  text: string,
  source: SourceRecord | undefined,
  about: string | undefined,
  quotes: readonly string[],
  at: Path,
): LocatedQuote[] {
  const spans: LocatedQuote[] = [];
  quotes.forEach((q, i) => {
    const located = locateQuote(text, q);
    if (typeof located === "string") report(c, p, [...at, "evidence", i], located);
    else spans.push(located);
  });
  if (source && about !== undefined) for (const span of spans) addQuote(c, source, about, span);
  return spans;
}

/** Evidence about `about`: the source's own characters at the span, whatever spacing the quote had. */
function addQuote(c: Compilation, source: SourceRecord, about: string, span: LocatedQuote): void {
  const id = evidenceId(about, source.id, span);
  c.evidence.set(id, { id, about, sourceId: source.id, quote: span.quote, start: span.start, end: span.end });
}

/** The file's source and its text, checked; undefined for the text when there is none to check quotes in. */
function readSource(
  c: Compilation,
  p: ParsedFile,
  texts: Record<string, string> | ((textFile: string) => string | undefined),
): { source: SourceRecord | undefined; text: string | undefined } {
  const name = p.textFile;
  const text = name === undefined ? undefined : typeof texts === "function" ? texts(name) : texts[name];
  if (name !== undefined && text === undefined)
    report(c, p, ["source", "textFile"], `no source text seed/sources/${name}`);
  const meta = p.source;
  if (!meta || text === undefined) return { source: undefined, text };
  if (c.sources.has(meta.id)) {
    report(c, p, ["source", "id"], `source id ${meta.id} is used by another file`);
    return { source: undefined, text };
  }
  const dateProblem = checkPublicationDate(meta);
  if (dateProblem) report(c, p, ["source", "dateNote"], dateProblem);
  const source: SourceRecord = { ...meta, text };
  c.sources.set(meta.id, source);
  c.places.set(meta.id, formatPlace(["source", "id"], p.lineOf(["source", "id"])));
  return { source, text };
}

/** An entity: new, or declared again by another article, which may add aliases and evidence, nothing else. */
function addEntity(
  c: Compilation,
  p: ParsedFile,
  sourceId: string | undefined,
  entity: SeedEntity,
  at: Path,
): void {
  const known = c.entities.get(entity.id);
  if (!known) {
    c.entities.set(entity.id, {
      ...entity,
      evidence: [],
      aliases: [...new Set(entity.aliases)],
      sourceIds: sourceId === undefined ? [] : [sourceId],
    });
    c.places.set(entity.id, formatPlace(at, p.lineOf(at)));
    return;
  }
  for (const key of Object.keys(entity) as (keyof SeedEntity)[]) {
    if (["aliases", "evidence", "description", "inferred", "inferredFrom", "distinctFrom"].includes(key))
      continue;
    if (!sameValue(known[key as keyof EntityRecord], entity[key])) {
      report(
        c,
        p,
        [...at, key],
        `${entity.id} is declared elsewhere with ${key} ${JSON.stringify(known[key as keyof EntityRecord])}`,
      );
    }
  }
  known.aliases = [...new Set([...known.aliases, ...entity.aliases])];
  if (entity.distinctFrom)
    known.distinctFrom = [...new Set([...(known.distinctFrom ?? []), ...entity.distinctFrom])];
  known.description ??= entity.description;
  // A fact stated by one article is stated, even where another only implies it.
  if (entity.inferred === undefined) delete known.inferred;
  known.inferredFrom = inferenceOf(known, entity);
  if (sourceId !== undefined && !known.sourceIds.includes(sourceId)) known.sourceIds.push(sourceId);
}

/** The premises of a fact declared again: none once it is stated, else those of every declaration. */
function inferenceOf(
  known: { inferred?: string; inferredFrom?: string[] },
  again: { inferredFrom?: string[] },
): string[] | undefined {
  if (known.inferred === undefined) return undefined;
  const premises = [...new Set([...(known.inferredFrom ?? []), ...(again.inferredFrom ?? [])])];
  return premises.length > 0 ? premises : undefined;
}

/** A relationship: new, or declared again, when it must agree and its observation dates widen. */
function addRelationship(
  c: Compilation,
  p: ParsedFile,
  sourceId: string | undefined,
  r: SeedRelationship,
  at: Path,
): string {
  const { evidence: _quotes, key: _key, ...props } = r;
  const id = relationshipId(r);
  const known = c.relationships.get(id);
  if (!known) {
    const sourceIds = sourceId === undefined ? [] : [sourceId];
    c.relationships.set(id, { ...props, id, lastObservedOn: props.observedOn, sourceIds });
    c.places.set(id, formatPlace(at, p.lineOf(at)));
    return id;
  }
  for (const k of ["title", "titleEn", "role", "since", "until"] as const) {
    if (props[k] !== undefined && known[k] !== undefined && props[k] !== known[k])
      report(c, p, [...at, k], `${id} is declared elsewhere with ${k} "${known[k]}"`);
    known[k] ??= props[k];
  }
  // Observed again: keep the first and the last date it was seen on.
  const seen = [known.observedOn, known.lastObservedOn, props.observedOn]
    .filter((d) => d !== undefined)
    .sort();
  known.observedOn = seen[0];
  known.lastObservedOn = seen.at(-1);
  if (props.inferred === undefined) delete known.inferred;
  known.inferredFrom = inferenceOf(known, props);
  if (sourceId !== undefined && !known.sourceIds.includes(sourceId)) known.sourceIds.push(sourceId);
  return id;
}

/**
 * Everything one file declares. Its quotes are located where its text is found, and kept as evidence
 * where its source is valid too; parts that are not valid only have their quotes checked.
 */
function addFile(
  c: Compilation,
  p: ParsedFile,
  texts: Record<string, string> | ((textFile: string) => string | undefined),
): void {
  const { source, text } = readSource(c, p, texts);
  const quotesOf = (about: string | undefined, quotes: readonly string[], at: Path) =>
    text === undefined ? [] : addEvidence(c, p, text, source, about, quotes, at);
  for (const { index, value: entity } of p.entities) {
    const at = ["entities", index];
    addEntity(c, p, source?.id, entity, at);
    const spans = quotesOf(entity.id, entity.evidence, at);
    if (entity.kind === "Indicator") {
      // A figure measures its subject, by the figure's own quotes.
      const measures = { type: "MEASURES" as const, from: entity.id, to: entity.subject };
      const id = relationshipId(measures);
      c.relationships.set(id, { ...measures, id, sourceIds: source ? [source.id] : [] });
      if (source) for (const span of spans) addQuote(c, source, id, span);
    }
  }
  for (const { index, value: r } of p.relationships) {
    const at = ["relationships", index];
    quotesOf(addRelationship(c, p, source?.id, r, at), r.evidence, at);
  }
  for (const { at, raw } of p.invalid) {
    const quotes = Array.isArray(raw.evidence) ? raw.evidence.filter((q) => typeof q === "string") : [];
    quotesOf(undefined, quotes, at);
  }
}

/** One end of a reference from one entity to another: a relationship's from or to, a figure's subject. */
interface End {
  /** The path of the field that names the entity. */
  at: Path;
  id: string;
  type: RelationshipType;
  end: "from" | "to";
}

/**
 * Every reference a file makes: those of valid relationships and figures, and those of invalid ones as
 * far as they are written as ids (a relationship whose date is wrong still names its ends).
 */
function referencedEnds(p: ParsedFile): End[] {
  const ends: End[] = [];
  const add = (at: Path, id: unknown, type: RelationshipType, end: "from" | "to") => {
    if (entityId.safeParse(id).success) ends.push({ at, id: id as string, type, end });
  };
  const relationships = [
    ...p.relationships.map(({ index, value }) => ({ at: ["relationships", index], raw: value })),
    ...p.invalid.filter(({ at }) => at[0] === "relationships"),
  ];
  for (const { at, raw } of relationships) {
    const r = raw as Record<string, unknown>;
    const type = RELATIONSHIP_TYPES.find((t) => t === r.type && t !== "MEASURES");
    if (!type) continue;
    add([...at, "from"], r.from, type, "from");
    add([...at, "to"], r.to, type, "to");
  }
  const entities = [
    ...p.entities.map(({ index, value }) => ({ at: ["entities", index], raw: value })),
    ...p.invalid.filter(({ at }) => at[0] === "entities"),
  ];
  for (const { at, raw } of entities) {
    const e = raw as Record<string, unknown>;
    if (e.kind === "Indicator") add([...at, "subject"], e.subject, "MEASURES", "to");
  }
  return ends;
}

/**
 * References are checked once every file is read, since an article may use an actor another declares.
 * An import may also refer to entities already in the graph: those are returned for the caller to check.
 * A reference to an entity whose declaration is not valid is not reported again.
 */
function checkReferences(
  c: Compilation,
  parsed: readonly ParsedFile[],
  options: { external?: boolean },
): ExternalReference[] {
  const external: ExternalReference[] = [];
  const unknown = (p: ParsedFile, at: Path, id: string, kinds: readonly EntityKind[]) => {
    if (parsed.some((f) => f.invalidIds.has(id))) return;
    if (options.external) external.push({ id, kinds, file: p.file, at: formatPlace(at, p.lineOf(at)) });
    else report(c, p, at, `unknown entity ${id}`);
  };
  for (const p of parsed) {
    for (const { index, value: r } of p.relationships) {
      const loop = selfLoopProblem(r);
      if (loop) report(c, p, ["relationships", index, "to"], loop);
    }
    for (const { at, id, type, end } of referencedEnds(p)) {
      const kinds = ENDPOINTS[type][end === "from" ? 0 : 1];
      const target = c.entities.get(id);
      if (!target) unknown(p, at, id, kinds);
      else if (!kinds.includes(target.kind)) {
        report(
          c,
          p,
          at,
          `${type} cannot have a ${target.kind} (${id}) at its '${end}' end; expected ${kinds.join(" or ")}`,
        );
      }
    }
  }
  return external;
}

/** Everything a compilation found: the graph as far as it is valid, and what is wrong or looks wrong. */
export interface Compiled extends SeedGraph {
  external: ExternalReference[];
  /** Every problem of every file, each file's in the order of its lines. Empty when the graph is sound. */
  problems: SeedProblem[];
  /** What looks wrong without being an error (a flow list that split a name at a comma). */
  warnings: SeedProblem[];
  /** Where a source, entity or relationship id is first declared, such as "entities[3] (line 40)". */
  placeOf: (id: string) => string | undefined;
}

/**
 * Compiles seed files given as `{ file name: YAML text }` and source texts as `{ text file: text }` (or a
 * function from a text file's name to its text), collecting every problem instead of stopping at the
 * first: the result holds what is valid, and `problems` the rest.
 */
export function tryCompileSeed(
  files: Record<string, string>,
  texts: Record<string, string> | ((textFile: string) => string | undefined),
  options: { external?: boolean } = {},
): Compiled {
  const c: Compilation = {
    sources: new Map(),
    entities: new Map(),
    relationships: new Map(),
    evidence: new Map(),
    problems: [],
    places: new Map(),
  };
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
  for (const p of parsed) addFile(c, p, texts);
  const external = checkReferences(c, parsed, options);
  const order = [...new Set(c.problems.map((p) => p.file))];
  const problems = c.problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        order.indexOf(a.p.file) - order.indexOf(b.p.file) || (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i,
    )
    .map(({ p: { line: _line, ...problem } }) => problem);
  return {
    sources: [...c.sources.values()],
    entities: [...c.entities.values()],
    // Every tie gets an observation date, stated or derived, for imports and the seed alike.
    relationships: withObservations(
      [...c.relationships.values()],
      observationContext([...c.entities.values()], [...c.sources.values()]),
    ),
    evidence: [...c.evidence.values()],
    external,
    problems,
    warnings,
    placeOf: (id) => c.places.get(id),
  };
}

/** Compiles seed files as tryCompileSeed does, and throws a SeedError naming every problem if any. */
export function compileSeed(
  files: Record<string, string>,
  texts: Record<string, string> | ((textFile: string) => string | undefined),
  options: { external?: boolean } = {},
): SeedGraph & { external: ExternalReference[]; warnings: SeedProblem[] } {
  const { problems, warnings, placeOf: _placeOf, ...graph } = tryCompileSeed(files, texts, options);
  if (problems.length > 0) throw new SeedError(problems, warnings);
  return { ...graph, warnings };
}

/** Reads seed/data/*.yaml and seed/sources/*.txt from a seed folder and compiles them. */
export function compileSeedDir(seedDir: string): SeedGraph & { warnings: SeedProblem[] } {
  const read = (dir: string, ext: string) =>
    Object.fromEntries(
      readdirSync(path.join(seedDir, dir))
        .filter((f) => f.endsWith(ext))
        .map((f) => [f, readFileSync(path.join(seedDir, dir, f), "utf8")]),
    );
  const { external: _external, ...graph } = compileSeed(read("data", ".yaml"), read("sources", ".txt"));
  return graph;
}
