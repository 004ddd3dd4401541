import type { z } from "zod";
import type { Viewer } from "../auth.js";
import { appendAudit } from "../graph/audit.js";
import type { Graph } from "../graph/driver.js";
import { sourcesByIds } from "../graph/entities.js";
import { fetchExisting } from "../graph/existing.js";
import { writeChanges, type GraphChanges } from "../graph/write.js";
import {
  ENDPOINTS,
  evidenceId,
  locateQuote,
  relationshipId,
  tryCompileSeed,
  type EntityRecord,
  type EvidenceRecord,
  type ExternalReference,
  type RelationshipRecord,
  type SeedProblem,
  type SourceRecord,
} from "../seed/compile.js";
import { entitySchema, relationshipSchema, sourceSchema } from "../seed/format.js";
import { existingQuery, planChanges, type ChangeReport, type PathOf, type Problem } from "./plan.js";

/**
 * Every write of facts, from the GraphQL mutations and the import CLI alike: validate the input, plan it
 * against the graph, and only when nothing is wrong write it in one transaction with its audit entry.
 */

export interface WriteResult {
  report: ChangeReport | null;
  problems: Problem[];
  applied: boolean;
}

const NO_CHANGES: GraphChanges = { sources: [], entities: [], relationships: [], evidence: [] };

interface Planned {
  action: string;
  changes: GraphChanges;
  external?: ExternalReference[];
  mustExist?: string[];
  pathOf: PathOf;
  dryRun?: boolean;
}

async function planAndWrite(graph: Graph, actor: Viewer, planned: Planned): Promise<WriteResult> {
  const input = {
    changes: planned.changes,
    external: planned.external ?? [],
    mustExist: planned.mustExist ?? [],
    pathOf: planned.pathOf,
  };
  const { report, problems } = planChanges(input, await fetchExisting(graph, existingQuery(input)));
  if (problems.length > 0 || planned.dryRun || !report.changes) return { report, problems, applied: false };
  const targets = [
    ...report.createdSources,
    ...report.createdEntities,
    ...report.updatedEntities,
    ...report.createdRelationships,
    ...report.updatedRelationships,
  ];
  await graph.writeTransaction(async (tx) => {
    await writeChanges(tx, planned.changes);
    await appendAudit(tx, {
      actor: actor.name,
      role: actor.role,
      action: planned.action,
      targets,
      summary:
        `${report.createdEntities.length} entities created, ${report.updatedEntities.length} updated; ` +
        `${report.createdRelationships.length} relationships created, ${report.updatedRelationships.length} updated; ` +
        `${report.addedEvidence} quotes added; ${report.createdSources.length} sources created`,
    });
  });
  return { report, problems, applied: true };
}

function zodProblems(error: z.ZodError, prefix: string[]): Problem[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)],
    message: issue.message,
  }));
}

/** Drops nulls: GraphQL sends null for omitted optional fields, the seed format expects them absent. */
function withoutNulls<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)) as T;
}

export interface EvidenceInput {
  sourceId: string;
  quote: string;
}

/** Locates each quote in its source's text (from the graph), or says which one is not there. */
async function locateEvidence(
  graph: Graph,
  about: string,
  evidence: readonly EvidenceInput[],
  path: string[],
): Promise<{ records: EvidenceRecord[]; problems: Problem[] }> {
  const sourceIds = [...new Set(evidence.map((e) => e.sourceId))];
  const sources = new Map(
    (await sourcesByIds(graph, sourceIds)).flatMap((s) => (s ? [[s.id, s.text] as const] : [])),
  );
  const records: EvidenceRecord[] = [];
  const problems: Problem[] = [];
  evidence.forEach((e, i) => {
    const text = sources.get(e.sourceId);
    if (text === undefined) {
      problems.push({
        path: [...path, String(i), "sourceId"],
        message: `no source has the id ${e.sourceId}; add it first (addSource)`,
      });
      return;
    }
    const located = locateQuote(text, e.quote);
    if (typeof located === "string") {
      problems.push({ path: [...path, String(i), "quote"], message: located });
      return;
    }
    records.push({
      id: evidenceId(about, e.sourceId, located),
      about,
      sourceId: e.sourceId,
      // The text's own span: the quote as given may differ from it in spacing and quote marks.
      ...located,
    });
  });
  if (evidence.length === 0) problems.push({ path, message: "every fact needs at least one evidence quote" });
  return { records, problems };
}

const failed = (problems: Problem[]): WriteResult => ({ report: null, problems, applied: false });

/**
 * A file with problems is not written. What is valid in it is still checked against the graph, so that
 * its conflicts with the graph are reported together with the file's own problems, in one pass.
 */
async function problemsWithGraph(graph: Graph, planned: Planned, problems: Problem[]): Promise<WriteResult> {
  const input = { changes: planned.changes, external: planned.external ?? [], pathOf: planned.pathOf };
  const plan = planChanges(input, await fetchExisting(graph, existingQuery(input)));
  return { report: null, problems: [...problems, ...plan.problems], applied: false };
}

/** Imports one article in the seed format (YAML + the text its quotes come from). */
export async function importSource(
  graph: Graph,
  actor: Viewer,
  { yaml, text, dryRun }: { yaml: string; text: string; dryRun: boolean },
  where: string[] = ["input", "yaml"],
): Promise<WriteResult & { warnings: Problem[] }> {
  const compiled = tryCompileSeed({ "import.yaml": yaml }, () => text, { external: true });
  const { problems, warnings, external, placeOf, ...changes } = compiled;
  const inFile = (p: SeedProblem): Problem => ({ path: [...where, p.at], message: p.message });
  const planned: Planned = {
    action: "importSource",
    changes,
    external: external.map((r) => ({ ...r, file: where.join(".") })),
    // A conflict with the graph names the place in the file that declares the fact.
    pathOf: (id) => [...where, placeOf(id) ?? id],
    dryRun,
  };
  const result =
    problems.length > 0
      ? await problemsWithGraph(graph, planned, problems.map(inFile))
      : await planAndWrite(graph, actor, planned);
  return { ...result, warnings: warnings.map(inFile) };
}

export type EntityInput = Record<string, unknown> & { id: string; evidence: EvidenceInput[] };

export async function upsertEntity(graph: Graph, actor: Viewer, input: EntityInput): Promise<WriteResult> {
  const { evidence, ...fields } = withoutNulls(input);
  const parsed = entitySchema.safeParse({ ...fields, evidence: evidence.map((e) => e.quote) });
  if (!parsed.success) return failed(zodProblems(parsed.error, ["input"]));
  const located = await locateEvidence(graph, parsed.data.id, evidence, ["input", "evidence"]);
  if (located.problems.length > 0) return failed(located.problems);
  const entity: EntityRecord = { ...parsed.data, aliases: [...new Set(parsed.data.aliases)], sourceIds: [] };
  const changes: GraphChanges = { ...NO_CHANGES, entities: [entity], evidence: located.records };
  const external: ExternalReference[] = [];
  if (entity.kind === "Indicator") {
    const measures = { type: "MEASURES" as const, from: entity.id, to: entity.subject };
    const id = relationshipId(measures);
    changes.relationships = [{ ...measures, id, sourceIds: [] }];
    changes.evidence = [
      ...changes.evidence,
      ...located.records.map((e) => ({ ...e, id: evidenceId(id, e.sourceId, e), about: id })),
    ];
    external.push({ id: entity.subject, kinds: ENDPOINTS.MEASURES[1], file: "input", at: "subject" });
  }
  return planAndWrite(graph, actor, { action: "upsertEntity", changes, external, pathOf: () => ["input"] });
}

export type RelationshipInput = Record<string, unknown> & { evidence: EvidenceInput[] };

export async function addRelationship(
  graph: Graph,
  actor: Viewer,
  input: RelationshipInput,
): Promise<WriteResult & { id?: string }> {
  const { evidence, ...fields } = withoutNulls(input);
  const parsed = relationshipSchema.safeParse({ ...fields, evidence: evidence.map((e) => e.quote) });
  if (!parsed.success) return failed(zodProblems(parsed.error, ["input"]));
  const { evidence: _quotes, key: _key, ...props } = parsed.data;
  if (props.type === "HOLDS_POSITION" && props.title === undefined) {
    return failed([{ path: ["input", "title"], message: "HOLDS_POSITION needs a title" }]);
  }
  const id = relationshipId(parsed.data);
  const located = await locateEvidence(graph, id, evidence, ["input", "evidence"]);
  if (located.problems.length > 0) return failed(located.problems);
  const relationship: RelationshipRecord = { ...props, id, lastObservedOn: props.observedOn, sourceIds: [] };
  const [fromKinds, toKinds] = ENDPOINTS[props.type];
  const result = await planAndWrite(graph, actor, {
    action: "addRelationship",
    changes: { ...NO_CHANGES, relationships: [relationship], evidence: located.records },
    external: [
      { id: props.from, kinds: fromKinds, file: "input", at: "from" },
      { id: props.to, kinds: toKinds, file: "input", at: "to" },
    ],
    pathOf: () => ["input"],
  });
  return { ...result, id };
}

export async function addEvidence(
  graph: Graph,
  actor: Viewer,
  input: { about: string; sourceId: string; quote: string },
): Promise<WriteResult> {
  const located = await locateEvidence(graph, input.about, [input], ["input"]);
  if (located.problems.length > 0) {
    return failed(located.problems.map((p) => ({ ...p, path: ["input", p.path.at(-1) ?? "quote"] })));
  }
  return planAndWrite(graph, actor, {
    action: "addEvidence",
    changes: { ...NO_CHANGES, evidence: located.records },
    mustExist: [input.about],
    pathOf: () => ["input", "about"],
  });
}

export type SourceInput = Record<string, unknown> & { id: string; text: string };

export async function addSource(graph: Graph, actor: Viewer, input: SourceInput): Promise<WriteResult> {
  const { text, ...fields } = withoutNulls(input);
  const parsed = sourceSchema.safeParse({ ...fields, textFile: "api.txt" });
  const problems = parsed.success ? [] : zodProblems(parsed.error, ["input"]);
  if (text.trim() === "") problems.push({ path: ["input", "text"], message: "the article text is empty" });
  if (!parsed.success || problems.length > 0) return failed(problems);
  const { textFile: _textFile, ...meta } = parsed.data;
  const source: SourceRecord = { ...meta, textFile: `${meta.id.slice("source:".length)}.txt`, text };
  return planAndWrite(graph, actor, {
    action: "addSource",
    changes: { ...NO_CHANGES, sources: [source] },
    pathOf: () => ["input", "id"],
  });
}
