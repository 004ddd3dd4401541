import type { z } from "zod";
import type { ManagedTransaction } from "neo4j-driver";
import type { Viewer } from "../api-keys.js";
import type { Graph } from "../graph/driver.js";
import { fetchExisting, sourceTexts } from "../graph/existing.js";
import { lockKeys } from "../graph/locks.js";
import { writeChanges } from "../graph/write.js";
import type { GraphChanges } from "../model/records.js";
import { INPUT_BOUNDS } from "../limits.js";
import { ENDPOINTS, selfLoopProblem } from "../model/relationships.js";
import { evidenceId, relationshipId } from "../model/ids.js";
import { locateQuote } from "../model/quotes.js";
import { tryCompileSeed, type ExternalReference, type SeedProblem } from "../seed/compile.js";
import type { EntityRecord, EvidenceRecord, RelationshipRecord, SourceRecord } from "../model/records.js";
import {
  boundedText,
  entitySchema,
  INDICATOR_PRODUCT_KINDS,
  quote,
  relationshipSchema,
  sourceId,
  sourceSchema,
} from "../model/format.js";
import { existingQuery, lockKeysOf, planChanges, type ChangeReport, type PathOf } from "./plan.js";
import { applied, notApplied, type Problem, type WriteResult } from "./result.js";
import { audit, serialisedWrite } from "./transaction.js";

/**
 * Every write of facts, from the GraphQL mutations and the import CLI alike: validate the input, then in
 * ONE write transaction lock what it touches, plan it against the graph and, only when nothing is wrong
 * and something changes, write it with its audit entry (docs/decisions/0005).
 */

export type FactsResult = WriteResult<ChangeReport>;

const NO_CHANGES: GraphChanges = {
  sources: [],
  entities: [],
  relationships: [],
  evidence: [],
  statements: [],
};

export interface EvidenceInput {
  sourceId: string;
  quote: string;
}

/** Quotes of the input, located in their sources' texts inside the write's transaction. */
interface Quotes {
  /** The ids the quotes support (an indicator's quotes support its MEASURES tie too). */
  about: string[];
  evidence: readonly EvidenceInput[];
  /** Where a problem with quote i is reported. */
  pathOf: (i: number, field: "sourceId" | "quote") => string[];
}

interface Planned {
  action: string;
  changes: GraphChanges;
  quotes?: Quotes;
  external?: ExternalReference[];
  mustExist?: string[];
  pathOf: PathOf;
}

/** Finds each quote in its source's text, or says which one is not there. Pure. */
function locateEvidence(
  texts: Map<string, string>,
  { about, evidence, pathOf }: Quotes,
): { records: EvidenceRecord[]; problems: Problem[] } {
  const records: EvidenceRecord[] = [];
  const problems: Problem[] = [];
  evidence.forEach((e, i) => {
    const malformed = check(sourceId, e.sourceId, pathOf(i, "sourceId"));
    if (malformed.length > 0) {
      problems.push(...malformed);
      return;
    }
    const text = texts.get(e.sourceId);
    if (text === undefined) {
      problems.push({
        at: pathOf(i, "sourceId"),
        message: `no source has the id ${e.sourceId}; add it first (addSource)`,
      });
      return;
    }
    const located = locateQuote(text, e.quote);
    if (!located.ok) {
      problems.push(...located.problems.map((p) => ({ ...p, at: pathOf(i, "quote") })));
      return;
    }
    const span = located.value;
    for (const a of about) {
      // The text's own span: the quote as given may differ from it in spacing and quote marks.
      const record = { about: a, sourceId: e.sourceId, ...span };
      records.push({ id: evidenceId(a, e.sourceId, span), ...record });
    }
  });
  return { records, problems };
}

/**
 * The plan, in the caller's transaction: the input's quotes located (a source's text never changes once
 * written, so reading it before the locks is safe), then the graph read and compared. With `lock`, what the
 * plan reads is locked first, so that no other write changes it before this transaction ends.
 */
async function planIn(tx: ManagedTransaction, planned: Planned, lock: boolean) {
  let changes = planned.changes;
  if (planned.quotes) {
    const texts = await sourceTexts(tx, [...new Set(planned.quotes.evidence.map((e) => e.sourceId))]);
    const located = locateEvidence(texts, planned.quotes);
    if (located.problems.length > 0) return { changes, report: null, problems: located.problems };
    changes = { ...changes, evidence: [...changes.evidence, ...located.records] };
  }
  const input = {
    changes,
    external: planned.external ?? [],
    mustExist: planned.mustExist ?? [],
    pathOf: planned.pathOf,
  };
  if (lock) await lockKeys(tx, lockKeysOf(input));
  return { changes, ...planChanges(input, await fetchExisting(tx, existingQuery(input))) };
}

function auditSummary(report: ChangeReport): string {
  return (
    `${report.createdEntities.length} entities created, ${report.updatedEntities.length} updated; ` +
    `${report.createdRelationships.length} relationships created, ${report.updatedRelationships.length} updated; ` +
    `${report.addedEvidence} quotes added; ${report.createdSources.length} sources created` +
    (report.createdStatements.length > 0 ? `; ${report.createdStatements.length} statements created` : "")
  );
}

/** Plans and, unless it is a dry run, writes: one transaction, committed only when it changes something. */
async function writeFacts(
  graph: Graph,
  actor: Viewer,
  planned: Planned,
  dryRun = false,
): Promise<FactsResult> {
  if (dryRun) {
    const { report, problems } = await graph.readTransaction((tx) => planIn(tx, planned, false));
    return notApplied(problems, report);
  }
  return serialisedWrite(graph, async (tx) => {
    const { changes, report, problems } = await planIn(tx, planned, true);
    if (!report || problems.length > 0 || !report.changes) return notApplied(problems, report);
    await writeChanges(tx, changes);
    await audit(tx, actor, {
      action: planned.action,
      targets: [
        ...report.createdSources,
        ...report.createdEntities,
        ...report.updatedEntities,
        ...report.createdRelationships,
        ...report.updatedRelationships,
        ...report.createdStatements,
      ],
      summary: auditSummary(report),
    });
    return applied(report);
  });
}

function zodProblems(error: z.ZodError, prefix: string[]): Problem[] {
  return error.issues.map((issue) => ({
    at: [...prefix, ...issue.path.map(String)],
    message: issue.message,
  }));
}

/** The problems of `value` against `schema`, each at `path` and the issue's own path below it. */
function check(schema: z.ZodType, value: unknown, path: string[]): Problem[] {
  const result = schema.safeParse(value);
  return result.success ? [] : zodProblems(result.error, path);
}

/** Drops nulls: GraphQL sends null for omitted optional fields, the seed format expects them absent. */
function withoutNulls<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)) as T;
}

const evidencePath = (i: number, field: string) => ["input", "evidence", String(i), field];

const importYaml = boundedText(INPUT_BOUNDS.importYaml);
const articleText = boundedText(INPUT_BOUNDS.articleText);

/** Imports one article in the seed format (YAML + the text its quotes come from). */
export async function importSource(
  graph: Graph,
  actor: Viewer,
  { yaml, text, dryRun }: { yaml: string; text: string; dryRun: boolean },
  where: string[] = ["input", "yaml"],
): Promise<FactsResult & { warnings: Problem[] }> {
  const sizes = [
    ...check(importYaml, yaml, where),
    ...check(articleText, text, [...where.slice(0, -1), "text"]),
  ];
  if (sizes.length > 0) return { ...notApplied(sizes), warnings: [] };
  const compiled = tryCompileSeed({ "import.yaml": yaml }, () => text, { external: true });
  const { problems, warnings, external, placeOf, ...changes } = compiled;
  const inFile = (p: SeedProblem): Problem => ({ at: [...where, p.at], message: p.message });
  const planned = {
    action: "importSource",
    changes,
    external: external.map((r) => ({ ...r, file: where.join(".") })),
    // A conflict with the graph names the place in the file that declares the fact.
    pathOf: (id: string) => [...where, placeOf(id) ?? id],
  };
  if (problems.length === 0)
    return { ...(await writeFacts(graph, actor, planned, dryRun)), warnings: warnings.map(inFile) };
  // Not written. What is valid in the file is still planned against the graph (read only), so that its
  // conflicts with the graph are reported with the file's own problems, in one answer.
  const plan = await graph.readTransaction((tx) => planIn(tx, planned, false));
  return { ...notApplied([...problems.map(inFile), ...plan.problems]), warnings: warnings.map(inFile) };
}

export type EntityInput = Record<string, unknown> & { id: string; evidence: EvidenceInput[] };

export async function upsertEntity(graph: Graph, actor: Viewer, input: EntityInput): Promise<FactsResult> {
  const { evidence, ...fields } = withoutNulls(input);
  const parsed = entitySchema.safeParse({ ...fields, evidence: evidence.map((e) => e.quote) });
  if (!parsed.success) return notApplied(zodProblems(parsed.error, ["input"]));
  const entity: EntityRecord = { ...parsed.data, aliases: [...new Set(parsed.data.aliases)], sourceIds: [] };
  const changes: GraphChanges = { ...NO_CHANGES, entities: [entity] };
  const quotes: Quotes = { about: [entity.id], evidence, pathOf: evidencePath };
  const external: ExternalReference[] = [];
  if (entity.kind === "Indicator") {
    // The figure's tie to its subject is part of it, supported by the same quotes.
    const measures = { type: "MEASURES" as const, from: entity.id, to: entity.subject };
    const id = relationshipId(measures);
    changes.relationships = [{ ...measures, id, sourceIds: [] }];
    quotes.about.push(id);
    external.push({ id: entity.subject, kinds: ENDPOINTS.MEASURES[1], file: "input", at: "subject" });
    if (entity.product !== undefined)
      external.push({ id: entity.product, kinds: INDICATOR_PRODUCT_KINDS, file: "input", at: "product" });
  }
  return writeFacts(graph, actor, {
    action: "upsertEntity",
    changes,
    quotes,
    external,
    pathOf: () => ["input"],
  });
}

export type RelationshipInput = Record<string, unknown> & { evidence: EvidenceInput[] };

export async function addRelationship(
  graph: Graph,
  actor: Viewer,
  input: RelationshipInput,
): Promise<FactsResult & { id?: string }> {
  const { evidence, ...fields } = withoutNulls(input);
  const parsed = relationshipSchema.safeParse({ ...fields, evidence: evidence.map((e) => e.quote) });
  if (!parsed.success) return notApplied(zodProblems(parsed.error, ["input"]));
  const { evidence: _quotes, key: _key, ...props } = parsed.data;
  const loop = selfLoopProblem(props);
  if (loop) return notApplied([{ at: ["input", "to"], message: loop }]);
  if (props.type === "HOLDS_POSITION" && props.title === undefined) {
    return notApplied([{ at: ["input", "title"], message: "HOLDS_POSITION needs a title" }]);
  }
  const id = relationshipId(parsed.data);
  const relationship: RelationshipRecord = { ...props, id, lastObservedOn: props.observedOn, sourceIds: [] };
  const [fromKinds, toKinds] = ENDPOINTS[props.type];
  const result = await writeFacts(graph, actor, {
    action: "addRelationship",
    changes: { ...NO_CHANGES, relationships: [relationship] },
    quotes: { about: [id], evidence, pathOf: evidencePath },
    external: [
      { id: props.from, kinds: fromKinds, file: "input", at: "from" },
      { id: props.to, kinds: toKinds, file: "input", at: "to" },
    ],
    pathOf: () => ["input"],
  });
  return { ...result, id };
}

const reference = boundedText(INPUT_BOUNDS.reference);

export async function addEvidence(
  graph: Graph,
  actor: Viewer,
  input: { about: string; sourceId: string; quote: string },
): Promise<FactsResult> {
  const problems = [
    ...check(reference, input.about, ["input", "about"]),
    ...check(quote, input.quote, ["input", "quote"]),
  ];
  if (problems.length > 0) return notApplied(problems);
  return writeFacts(graph, actor, {
    action: "addEvidence",
    changes: NO_CHANGES,
    quotes: { about: [input.about], evidence: [input], pathOf: (_i, field) => ["input", field] },
    mustExist: [input.about],
    pathOf: () => ["input", "about"],
  });
}

export type SourceInput = Record<string, unknown> & { id: string; text: string };

export async function addSource(graph: Graph, actor: Viewer, input: SourceInput): Promise<FactsResult> {
  const { text, ...fields } = withoutNulls(input);
  const parsed = sourceSchema.safeParse({ ...fields, textFile: "api.txt" });
  const problems = parsed.success ? [] : zodProblems(parsed.error, ["input"]);
  const textProblems = check(articleText, text, ["input", "text"]);
  problems.push(...textProblems);
  if (textProblems.length === 0 && text.trim() === "") {
    problems.push({ at: ["input", "text"], message: "the article text is empty" });
  }
  if (!parsed.success || problems.length > 0) return notApplied(problems);
  const { textFile: _textFile, ...meta } = parsed.data;
  const source: SourceRecord = { ...meta, textFile: `${meta.id.slice("source:".length)}.txt`, text };
  return writeFacts(graph, actor, {
    action: "addSource",
    changes: { ...NO_CHANGES, sources: [source] },
    pathOf: () => ["input", "id"],
  });
}
