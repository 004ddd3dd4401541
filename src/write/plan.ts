import type { ExistingState, ExistingQuery } from "../graph/existing.js";
import type { EntityRow } from "../graph/rows.js";
import type { GraphChanges } from "../graph/write.js";
import type { ExternalReference } from "../seed/compile.js";

/**
 * Compares facts to be written with the graph as it is: what would be created or updated, what conflicts,
 * and which new entities may be existing actors under another id. Pure: the caller reads the graph
 * (fetchExisting) and writes (writeChanges) only when the plan has no problems.
 */

export interface Problem {
  /** Path of the input at fault, e.g. ["input", "type"] or ["input", "yaml", "entities[2].type (line 14)"]. */
  path: string[];
  message: string;
}

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

/** The ids a plan must look up: everything the input declares or refers to. */
export function existingQuery({ changes, external, mustExist = [] }: PlanInput): ExistingQuery {
  const entityIds = new Set([
    ...changes.entities.map((e) => e.id),
    ...external.map((r) => r.id),
    ...changes.relationships.flatMap((r) => [r.from, r.to]),
    ...mustExist.filter((id) => !id.includes("-[")),
  ]);
  const relationshipIds = [
    ...changes.relationships.map((r) => r.id),
    ...mustExist.filter((id) => id.includes("-[")),
  ];
  return {
    entityIds: [...entityIds],
    relationships: relationshipIds.map((id) => ({ id, from: id.slice(0, id.indexOf("-[")) })),
    evidenceIds: changes.evidence.map((e) => e.id),
    sourceIds: [
      ...new Set([...changes.sources.map((s) => s.id), ...changes.evidence.map((e) => e.sourceId)]),
    ],
    newEntities: changes.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      names: [...new Set([e.name, ...e.aliases].map((n) => n.toLowerCase()))],
      exclude: e.distinctFrom ?? [],
    })),
  };
}

export function planChanges(input: PlanInput, existing: ExistingState): Plan {
  const { changes, external, mustExist = [], pathOf } = input;
  const problems: Problem[] = [];
  const report: ChangeReport = {
    createdEntities: [],
    updatedEntities: [],
    createdRelationships: [],
    updatedRelationships: [],
    addedEvidence: 0,
    createdSources: [],
    candidates: [],
    changes: false,
  };
  const declared = new Map(changes.entities.map((e) => [e.id, e]));
  const newEvidenceAbout = new Set(
    changes.evidence.filter((e) => !existing.evidenceIds.has(e.id)).map((e) => e.about),
  );

  const merged = (id: string, path: string[]) => {
    const survivor = existing.redirects.get(id);
    if (survivor) problems.push({ path, message: `${id} was merged into ${survivor}; use ${survivor}` });
    return survivor !== undefined;
  };

  for (const ref of external) {
    if (merged(ref.id, [ref.file, ref.at])) continue;
    const found = existing.entities.get(ref.id);
    if (!found) problems.push({ path: [ref.file, ref.at], message: `unknown entity ${ref.id}` });
    else if (!ref.kinds.includes(found.kind)) {
      problems.push({
        path: [ref.file, ref.at],
        message: `${ref.id} is a ${found.kind}; expected ${ref.kinds.join(" or ")}`,
      });
    }
  }
  for (const id of mustExist) {
    if (!existing.entities.has(id) && !existing.relationships.has(id) && !declared.has(id)) {
      problems.push({ path: pathOf(id), message: `no entity or relationship has the id ${id}` });
    }
  }

  for (const entity of changes.entities) {
    const path = pathOf(entity.id);
    if (merged(entity.id, path)) continue;
    const found = existing.entities.get(entity.id);
    if (!found) {
      report.createdEntities.push(entity.id);
      const matches = existing.nameMatches.filter((m) => m.id === entity.id);
      if (matches.length > 0) {
        const sharedNames = [...new Set(matches.flatMap((m) => m.shared))];
        report.candidates.push({ id: entity.id, matches: matches.map((m) => m.match), sharedNames });
        problems.push({
          path,
          message:
            `${entity.id} may be ${matches.map((m) => m.match.id).join(" or ")} (shares ${sharedNames.map((n) => `"${n}"`).join(", ")}); ` +
            `use that id, or list it in distinctFrom if they are different actors`,
        });
      }
      continue;
    }
    const fields: Record<string, unknown> = entity;
    for (const [key, value] of Object.entries(fields)) {
      if (!FIXED_ENTITY_KEYS.has(key) || value === undefined) continue;
      if (found[key] !== undefined && found[key] !== null && found[key] !== value) {
        problems.push({
          path: [...path, key],
          message:
            `${entity.id} has ${key} ${JSON.stringify(found[key])} in the graph, not ${JSON.stringify(value)}` +
            (key === "name" ? "; give the other name as an alias" : ""),
        });
      }
    }
    const grows =
      entity.aliases.some((a) => !found.aliases.includes(a)) ||
      (found.description == null && entity.description !== undefined) ||
      (found.inferred != null && entity.inferred === undefined) ||
      newEvidenceAbout.has(entity.id) ||
      Object.entries(fields).some(
        ([k, v]) => FIXED_ENTITY_KEYS.has(k) && v !== undefined && found[k] == null,
      );
    if (grows) report.updatedEntities.push(entity.id);
  }

  for (const r of changes.relationships) {
    // Its endpoints are declared by the input or checked above as external references.
    const found = existing.relationships.get(r.id);
    if (!found) {
      report.createdRelationships.push(r.id);
      continue;
    }
    for (const key of FIXED_RELATIONSHIP_KEYS) {
      const before = found[key];
      if (r[key] !== undefined && before != null && before !== r[key]) {
        problems.push({
          path: [...pathOf(r.id), key],
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

  for (const source of changes.sources) {
    const found = existing.sources.get(source.id);
    if (!found) report.createdSources.push(source.id);
    else if (found.text !== source.text) {
      problems.push({
        path: pathOf(source.id),
        message: `${source.id} is in the graph with another text; quotes' offsets refer to it, so it cannot change`,
      });
    }
  }
  const knownSources = new Set([...existing.sources.keys(), ...changes.sources.map((s) => s.id)]);
  for (const e of changes.evidence) {
    if (!knownSources.has(e.sourceId))
      problems.push({ path: pathOf(e.about), message: `unknown source ${e.sourceId}` });
  }
  report.addedEvidence = changes.evidence.filter((e) => !existing.evidenceIds.has(e.id)).length;

  report.changes =
    report.createdEntities.length +
      report.updatedEntities.length +
      report.createdRelationships.length +
      report.updatedRelationships.length +
      report.addedEvidence +
      report.createdSources.length >
    0;
  return { report, problems };
}
