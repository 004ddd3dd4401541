import type { ManagedTransaction } from "neo4j-driver";
import type { Viewer } from "../auth.js";
import { appendAudit } from "../graph/audit.js";
import {
  absorbDuplicate,
  deleteEntityAndTies,
  deleteRelationship,
  entityOf,
  evidenceAbout,
  indicatorsMeasuring,
  neighbourIds,
  relationshipTypeOf,
  tiesOf,
  type DeleteOutcome,
} from "../graph/curate.js";
import type { Graph } from "../graph/driver.js";
import { lockKeys } from "../graph/locks.js";
import type { RelationshipRow } from "../graph/rows.js";
import { writeChanges } from "../graph/write.js";
import { INPUT_BOUNDS } from "../limits.js";
import { evidenceId, type EvidenceRecord, type RelationshipRecord } from "../seed/compile.js";
import { endsOf, idLock } from "./plan.js";
import { refusal, type Problem, type WriteResult } from "./result.js";
import { serialisedWrite } from "./transaction.js";

export type { DeleteOutcome } from "../graph/curate.js";

/**
 * Curation of what is already in the graph: merging a duplicate actor into its survivor, deleting an
 * entity or a relationship. Each is one transaction (serialisedWrite) that locks what it changes before it
 * checks it, and writes its audit entry; a refusal is returned as a problem, never thrown.
 */

const refuse = (field: string, message: string) => refusal<never>([{ path: [field], message }]);

/** An id argument over its bound is refused without being echoed back. */
function oversized(ids: Record<string, string>): Problem[] {
  return Object.entries(ids)
    .filter(([, id]) => id.length > INPUT_BOUNDS.reference)
    .map(([field, id]) => ({
      path: [field],
      message: `must be at most ${INPUT_BOUNDS.reference} characters; this one has ${id.length}`,
    }));
}

/**
 * Locks the entities at the other ends of an entity's ties. A write that adds or removes a tie locks both
 * its ends (lockKeysOf), so once the entity and these are locked, its ties stay as they are until the commit.
 */
async function lockTies(tx: ManagedTransaction, id: string): Promise<void> {
  await lockKeys(tx, (await neighbourIds(tx, id)).map(idLock));
}

/** The id a relationship gets when one of its ends is replaced (its #key, if any, stays). */
function rekeyed(r: RelationshipRow, from: string, to: string): string {
  const key = r.id.includes("#") ? r.id.slice(r.id.indexOf("#")) : "";
  return `${from}-[${r.type}]->${to}${key}`;
}

/** Every tie of the duplicate, re-created on the survivor; one between the two would become a loop and goes. */
function movedTies(ties: RelationshipRow[], survivorId: string, duplicateId: string) {
  const swap = (id: string) => (id === duplicateId ? survivorId : id);
  const newIds = new Map<string, string>([[duplicateId, survivorId]]);
  const relationships: RelationshipRecord[] = [];
  for (const t of ties) {
    const from = swap(t.fromId);
    const to = swap(t.toId);
    if (from === to) continue;
    const id = rekeyed(t, from, to);
    newIds.set(t.id, id);
    const { fromId: _f, toId: _t, ...props } = t;
    relationships.push({
      ...(props as Omit<RelationshipRecord, "from" | "to" | "id" | "sourceIds">),
      from,
      to,
      id,
      sourceIds: [],
    });
  }
  return { relationships, newIds };
}

export interface MergeOutcome {
  movedRelationships: number;
  movedEvidence: number;
}

export async function mergeEntities(
  graph: Graph,
  actor: Viewer,
  survivorId: string,
  duplicateId: string,
): Promise<WriteResult<MergeOutcome>> {
  const problems = oversized({ survivor: survivorId, duplicate: duplicateId });
  if (problems.length > 0) return refusal(problems);
  if (survivorId === duplicateId) return refuse("duplicate", "an entity cannot be merged into itself");
  return serialisedWrite(graph, async (tx) => {
    await lockKeys(tx, [idLock(survivorId), idLock(duplicateId)]);
    const survivor = await entityOf(tx, survivorId);
    const duplicate = await entityOf(tx, duplicateId);
    if (!survivor) return refuse("survivor", `no entity has the id ${survivorId}`);
    if (!duplicate) return refuse("duplicate", `no entity has the id ${duplicateId}`);
    if (survivor.kind !== duplicate.kind) {
      return refuse("duplicate", `${duplicateId} is a ${duplicate.kind}, ${survivorId} a ${survivor.kind}`);
    }
    await lockTies(tx, duplicateId);
    const ties = await tiesOf(tx, duplicateId);
    const oldAbouts = [duplicateId, ...ties.map((t) => t.id)];
    const { relationships, newIds } = movedTies(ties, survivorId, duplicateId);
    const moved: EvidenceRecord[] = (await evidenceAbout(tx, oldAbouts)).flatMap((e) => {
      const about = newIds.get(e.about);
      return about ? [{ ...e, about, id: evidenceId(about, e.sourceId, e) }] : [];
    });
    await writeChanges(tx, { sources: [], entities: [], relationships, evidence: moved });
    await absorbDuplicate(tx, { survivor: survivorId, duplicate: duplicateId, oldAbouts });
    await appendAudit(tx, {
      actor: actor.name,
      role: actor.role,
      action: "mergeEntities",
      targets: [survivorId, duplicateId],
      summary: `${duplicateId} merged into ${survivorId}: ${relationships.length} relationships and ${moved.length} quotes moved`,
    });
    const value = { movedRelationships: relationships.length, movedEvidence: moved.length };
    return { applied: true, value, problems: [] };
  });
}

export async function deleteEntity(
  graph: Graph,
  actor: Viewer,
  id: string,
): Promise<WriteResult<DeleteOutcome>> {
  const problems = oversized({ id });
  if (problems.length > 0) return refusal(problems);
  return serialisedWrite(graph, async (tx) => {
    await lockKeys(tx, [idLock(id)]);
    const entity = await entityOf(tx, id);
    if (!entity) return refuse("id", `no entity has the id ${id}`);
    const measured = await indicatorsMeasuring(tx, id);
    if (measured.length > 0) {
      return refuse("id", `${id} is the subject of ${measured.join(", ")}; delete those first`);
    }
    await lockTies(tx, id);
    const value = await deleteEntityAndTies(tx, id);
    await appendAudit(tx, {
      actor: actor.name,
      role: actor.role,
      action: "deleteEntity",
      targets: [id],
      summary: `${entity.kind} ${id} deleted with ${value.deletedRelationships} relationships and ${value.deletedEvidence} quotes`,
    });
    return { applied: true, value, problems: [] };
  });
}

export async function removeRelationship(
  graph: Graph,
  actor: Viewer,
  id: string,
): Promise<WriteResult<DeleteOutcome>> {
  const problems = oversized({ id });
  if (problems.length > 0) return refusal(problems);
  if (!id.includes("-[")) return refuse("id", `no relationship has the id ${id}`);
  const [from, to] = endsOf(id);
  return serialisedWrite(graph, async (tx) => {
    await lockKeys(tx, [idLock(from), idLock(to)]);
    const type = await relationshipTypeOf(tx, { id, from });
    if (!type) return refuse("id", `no relationship has the id ${id}`);
    if (type === "MEASURES") {
      return refuse("id", "an indicator's MEASURES tie is part of it; delete the indicator instead");
    }
    const deletedEvidence = await deleteRelationship(tx, { id, from });
    await appendAudit(tx, {
      actor: actor.name,
      role: actor.role,
      action: "removeRelationship",
      targets: [id],
      summary: `relationship ${id} removed with ${deletedEvidence} quotes`,
    });
    return { applied: true, value: { deletedRelationships: 1, deletedEvidence }, problems: [] };
  });
}
