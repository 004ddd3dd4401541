import type { ExistingState, ExistingQuery } from "../graph/existing.js";
import type { EntityRow } from "../graph/rows.js";
import type { GraphChanges } from "../model/records.js";
import type { EntityRecord } from "../model/records.js";
import type { ExternalReference } from "../seed/compile.js";
import type { Problem } from "./result.js";

/**
 * Compares facts to be written with the graph as it is: what would be created or updated, what conflicts,
 * and which new entities may be existing actors under another id. Pure: the caller locks what the plan
 * reads (lockKeys), reads the graph (fetchExisting) and writes (writeChanges) in one transaction, and writes
 * only when the plan has no problems.
 */

export interface Candidate {
  id: string;
  matches: EntityRow[];
  sharedNames: string[];
}

export interface ChangeReport {
  createdEntities: string[];
  updatedEntities: string[];
  createdRelationships: string[];
  updatedRelationships: string[];
  addedEvidence: number;
  createdStatements: string[];
  createdSources: string[];
  candidates: Candidate[];
  changes: boolean;
}

export interface Plan {
  report: ChangeReport;
  problems: Problem[];
}

/** Where each fact of the input came from, for the paths of its problems. */
export type PathOf = (id: string) => string[];

export interface PlanInput {
  changes: GraphChanges;
  /** Entities the input refers to without declaring them: they must exist, with one of the kinds. */
  external: ExternalReference[];
  /** Ids (entities or relationships) that must exist, e.g. what added evidence is about. */
  mustExist?: string[];
  pathOf: PathOf;
}

/** Properties of an entity that an update may not change (aliases, description and evidence may grow). */
const FIXED_ENTITY_KEYS = new Set([
  "kind",
  "name",
  "type",
  "country",
  "category",
  "status",
  "subject",
  "metric",
  "value",
  "unit",
  "basis",
  "startDate",
  "endDate",
  "startYear",
  "endYear",
  "number",
  "year",
  "period",
]);
const FIXED_RELATIONSHIP_KEYS = ["title", "titleEn", "role", "since", "until"] as const;

const isRelationshipId = (id: string) => id.includes("-[");

/** The entities at the ends of a relationship id, `from-[TYPE]->to#key` (entity ids hold no brackets). */
export function endsOf(relationshipId: string): [string, string] {
  const to = relationshipId.slice(relationshipId.indexOf("]->") + 3);
  return [relationshipId.slice(0, relationshipId.indexOf("-[")), to.split("#")[0] ?? to];
}

/** Names compare ignoring case, in the duplicate check and in the locks that serialise it. */
const normalisedNames = (e: { name: string; aliases: string[] }) => [
  ...new Set([e.name, ...e.aliases].map((n) => n.toLowerCase())),
];

/** The entities and sources a plan reads, by id: everything the input declares or refers to. */
function idsOf({ changes, external, mustExist = [] }: PlanInput) {
  const relationshipIds = [...changes.relationships.map((r) => r.id), ...mustExist.filter(isRelationshipId)];
  const entityIds = new Set([
    ...changes.entities.map((e) => e.id),
    ...external.map((r) => r.id),
    ...changes.relationships.flatMap((r) => [r.from, r.to]),
    ...mustExist.filter((id) => !isRelationshipId(id)),
    ...relationshipIds.flatMap(endsOf),
  ]);
  const sourceIds = new Set([
    ...changes.sources.map((s) => s.id),
    ...changes.evidence.map((e) => e.sourceId),
    ...changes.statements.map((s) => s.sourceId),
  ]);
  return { entityIds: [...entityIds], relationshipIds, sourceIds: [...sourceIds] };
}

/** The ids a plan must look up: everything the input declares or refers to. */
export function existingQuery(input: PlanInput): ExistingQuery {
  const { entityIds, relationshipIds, sourceIds } = idsOf(input);
  return {
    entityIds,
    relationships: relationshipIds.map((id) => ({ id, from: endsOf(id)[0] })),
    evidenceIds: input.changes.evidence.map((e) => e.id),
    statementIds: input.changes.statements.map((s) => s.id),
    sourceIds,
    newEntities: input.changes.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      names: normalisedNames(e),
      exclude: e.distinctFrom ?? [],
    })),
  };
}

/**
 * What a write locks before it reads the graph (src/graph/locks.ts), so that writes whose checks could
 * disagree run one after the other: every entity and source id the plan reads (a relationship is locked
 * through its two ends, which every write touching it locks too: a merge, a delete, a quote about it), and
 * each name of each declared entity with its kind (the duplicate check compares names within a kind).
 */
export function lockKeysOf(input: PlanInput): string[] {
  const { entityIds, sourceIds } = idsOf(input);
  return [
    ...[...entityIds, ...sourceIds].map(idLock),
    ...input.changes.entities.flatMap((e) => normalisedNames(e).map((name) => `name ${e.kind} ${name}`)),
  ];
}

/** The lock key of an id (ids hold no spaces, so it cannot be mistaken for a name's). */
export const idLock = (id: string) => `id ${id}`;

/** What the steps of a plan share: the input, the graph as it is, and the plan being filled in. */
interface Planning {
  input: PlanInput;
  existing: ExistingState;
  report: ChangeReport;
  problems: Problem[];
  /** Ids that new quotes are about: a fact they support grows. */
  newEvidenceAbout: Set<string>;
}

/** Whether an id was merged into another; if so, a problem says which id to use. */
function merged({ existing, problems }: Planning, id: string, path: string[]): boolean {
  const survivor = existing.redirects.get(id);
  if (survivor) problems.push({ at: path, message: `${id} was merged into ${survivor}; use ${survivor}` });
  return survivor !== undefined;
}

/** What the input refers to without declaring it exists, with one of the kinds it needs. */
function checkReferences(planning: Planning): void {
  const { input, existing, problems } = planning;
  const declared = new Set(input.changes.entities.map((e) => e.id));
  for (const ref of input.external) {
    if (merged(planning, ref.id, [ref.file, ref.at])) continue;
    const found = existing.entities.get(ref.id);
    if (!found) problems.push({ at: [ref.file, ref.at], message: `unknown entity ${ref.id}` });
    else if (!ref.kinds.includes(found.kind)) {
      problems.push({
        at: [ref.file, ref.at],
        message: `${ref.id} is a ${found.kind}; expected ${ref.kinds.join(" or ")}`,
      });
    }
  }
  for (const id of input.mustExist ?? []) {
    if (merged(planning, id, input.pathOf(id))) continue;
    if (!existing.entities.has(id) && !existing.relationships.has(id) && !declared.has(id)) {
      problems.push({ at: input.pathOf(id), message: `no entity or relationship has the id ${id}` });
    }
  }
}

/** A new entity may be an existing actor under another id: refused unless distinctFrom says otherwise. */
function checkNewEntity(
  { existing, report, problems }: Planning,
  entity: EntityRecord,
  path: string[],
): void {
  const matches = existing.nameMatches.filter((m) => m.id === entity.id);
  if (matches.length === 0) return;
  const sharedNames = [...new Set(matches.flatMap((m) => m.shared))];
  report.candidates.push({ id: entity.id, matches: matches.map((m) => m.match), sharedNames });
  problems.push({
    at: path,
    message:
      `${entity.id} may be ${matches.map((m) => m.match.id).join(" or ")} (shares ${sharedNames.map((n) => `"${n}"`).join(", ")}); ` +
      `use that id, or list it in distinctFrom if they are different actors`,
  });
}

/**
 * An update of a known entity keeps its fixed properties, and a name it adds may not be one another
 * entity of its kind has (the rule a new entity's names follow, checkNewEntity); it reports whether the
 * entity grows.
 */
function checkUpdate(planning: Planning, entity: EntityRecord, found: EntityRow, path: string[]): boolean {
  const { existing, problems, newEvidenceAbout } = planning;
  const fields: Record<string, unknown> = entity;
  for (const [key, value] of Object.entries(fields)) {
    if (!FIXED_ENTITY_KEYS.has(key) || value === undefined) continue;
    if (found[key] !== undefined && found[key] !== null && found[key] !== value) {
      problems.push({
        at: [...path, key],
        message:
          `${entity.id} has ${key} ${JSON.stringify(found[key])} in the graph, not ${JSON.stringify(value)}` +
          (key === "name" ? "; give the other name as an alias" : ""),
      });
    }
  }
  const known = new Set(normalisedNames(found));
  const added = new Set(entity.aliases.map((a) => a.toLowerCase()).filter((a) => !known.has(a)));
  for (const m of existing.nameMatches.filter((n) => n.id === entity.id)) {
    const taken = m.shared.filter((name) => added.has(name.toLowerCase()));
    if (taken.length === 0) continue;
    problems.push({
      at: [...path, "aliases"],
      message:
        `${m.match.id} is named ${taken.map((n) => `"${n}"`).join(", ")} too; merge the two (mergeEntities), ` +
        `or list it in distinctFrom if they are different actors`,
    });
  }
  return (
    entity.aliases.some((a) => !found.aliases.includes(a)) ||
    (found.description == null && entity.description !== undefined) ||
    (found.inferred != null && entity.inferred === undefined) ||
    newEvidenceAbout.has(entity.id) ||
    Object.entries(fields).some(([k, v]) => FIXED_ENTITY_KEYS.has(k) && v !== undefined && found[k] == null)
  );
}

function planEntities(planning: Planning): void {
  const { input, existing, report } = planning;
  for (const entity of input.changes.entities) {
    const path = input.pathOf(entity.id);
    if (merged(planning, entity.id, path)) continue;
    const found = existing.entities.get(entity.id);
    if (!found) {
      report.createdEntities.push(entity.id);
      checkNewEntity(planning, entity, path);
    } else if (checkUpdate(planning, entity, found, path)) report.updatedEntities.push(entity.id);
  }
}

function planRelationships({ input, existing, report, problems, newEvidenceAbout }: Planning): void {
  for (const r of input.changes.relationships) {
    // Its endpoints are declared by the input or checked as external references.
    const found = existing.relationships.get(r.id);
    if (!found) {
      report.createdRelationships.push(r.id);
      continue;
    }
    for (const key of FIXED_RELATIONSHIP_KEYS) {
      const before = found[key];
      if (r[key] !== undefined && before != null && before !== r[key]) {
        problems.push({
          at: [...input.pathOf(r.id), key],
          message: `${r.id} has ${key} "${before}" in the graph, not "${r[key]}"`,
        });
      }
    }
    const last = r.lastObservedOn ?? r.observedOn;
    const grows =
      (r.observedOn !== undefined && (found.observedOn == null || r.observedOn < found.observedOn)) ||
      (last !== undefined && (found.lastObservedOn == null || last > found.lastObservedOn)) ||
      (found.inferred != null && r.inferred === undefined) ||
      FIXED_RELATIONSHIP_KEYS.some((k) => r[k] !== undefined && found[k] == null) ||
      newEvidenceAbout.has(r.id);
    if (grows) report.updatedRelationships.push(r.id);
  }
}

function planSourcesAndEvidence({ input, existing, report, problems }: Planning): void {
  const { changes, pathOf } = input;
  for (const source of changes.sources) {
    const found = existing.sources.get(source.id);
    if (!found) report.createdSources.push(source.id);
    else if (found.text !== source.text) {
      problems.push({
        at: pathOf(source.id),
        message: `${source.id} is in the graph with another text; quotes' offsets refer to it, so it cannot change`,
      });
    }
  }
  const knownSources = new Set([...existing.sources.keys(), ...changes.sources.map((s) => s.id)]);
  for (const e of changes.evidence) {
    if (!knownSources.has(e.sourceId))
      problems.push({ at: pathOf(e.about), message: `unknown source ${e.sourceId}` });
  }
  report.addedEvidence = changes.evidence.filter((e) => !existing.evidenceIds.has(e.id)).length;
  // A statement written again takes its new fields and ties; a new one is reported as created.
  report.createdStatements = changes.statements
    .filter((s) => !existing.statementIds.has(s.id))
    .map((s) => s.id);
}

export function planChanges(input: PlanInput, existing: ExistingState): Plan {
  const report: ChangeReport = {
    createdEntities: [],
    updatedEntities: [],
    createdRelationships: [],
    updatedRelationships: [],
    addedEvidence: 0,
    createdStatements: [],
    createdSources: [],
    candidates: [],
    changes: false,
  };
  const newEvidenceAbout = new Set(
    input.changes.evidence.filter((e) => !existing.evidenceIds.has(e.id)).map((e) => e.about),
  );
  const planning: Planning = { input, existing, report, problems: [], newEvidenceAbout };
  checkReferences(planning);
  planEntities(planning);
  planRelationships(planning);
  planSourcesAndEvidence(planning);
  report.changes =
    report.createdEntities.length +
      report.updatedEntities.length +
      report.createdRelationships.length +
      report.updatedRelationships.length +
      report.addedEvidence +
      report.createdStatements.length +
      report.createdSources.length >
    0;
  return { report, problems: planning.problems };
}
