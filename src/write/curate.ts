import type { ManagedTransaction } from "neo4j-driver";
import type { Viewer } from "../api-keys.js";
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
import { evidenceId } from "../model/ids.js";
import type { EvidenceRecord, RelationshipRecord } from "../model/records.js";
import { endsOf, idLock } from "./plan.js";
import { applied, notApplied, type Problem, type WriteResult } from "./result.js";
import { audit, serialisedWrite } from "./transaction.js";

export type { DeleteOutcome } from "../graph/curate.js";

/**
 * Curation of what is already in the graph: merging a duplicate actor into its survivor, deleting an
 * entity or a relationship. Each is one transaction (serialisedWrite) that locks what it changes before it
 * checks it, and writes its audit entry; a notApplied is returned as a problem, never thrown.
 */

const refuse = (field: string, message: string) => notApplied<never>([{ at: [field], message }]);

/**
 * A curation of what the id arguments name, as one serialisedWrite; an id over its bound is refused
 * first, without being echoed back.
 */
function curation<T>(
  graph: Graph,
  ids: Record<string, string>,
  work: (tx: ManagedTransaction) => Promise<WriteResult<T>>,
): Promise<WriteResult<T>> {
  const problems: Problem[] = Object.entries(ids)
    .filter(([, id]) => id.length > INPUT_BOUNDS.reference)
    .map(([field, id]) => ({
      at: [field],
      message: `must be at most ${INPUT_BOUNDS.reference} characters; this one has ${id.length}`,
    }));
  return problems.length > 0 ? Promise.resolve(notApplied(problems)) : serialisedWrite(graph, work);
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
  if (survivorId === duplicateId) return refuse("duplicate", "an entity cannot be merged into itself");
  return curation(graph, { survivor: survivorId, duplicate: duplicateId }, async (tx) => {
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
    await writeChanges(tx, { sources: [], entities: [], relationships, evidence: moved, statements: [] });
    await absorbDuplicate(tx, { survivor: survivorId, duplicate: duplicateId, oldAbouts });
    await audit(tx, actor, {
      action: "mergeEntities",
      targets: [survivorId, duplicateId],
      summary: `${duplicateId} merged into ${survivorId}: ${relationships.length} relationships and ${moved.length} quotes moved`,
    });
    return applied({ movedRelationships: relationships.length, movedEvidence: moved.length });
  });
}

export async function deleteEntity(
  graph: Graph,
  actor: Viewer,
  id: string,
): Promise<WriteResult<DeleteOutcome>> {
  return curation(graph, { id }, async (tx) => {
    await lockKeys(tx, [idLock(id)]);
    const entity = await entityOf(tx, id);
    if (!entity) return refuse("id", `no entity has the id ${id}`);
    const measured = await indicatorsMeasuring(tx, id);
    if (measured.length > 0) {
      return refuse("id", `${id} is the subject of ${measured.join(", ")}; delete those first`);
    }
    await lockTies(tx, id);
    const value = await deleteEntityAndTies(tx, id);
    await audit(tx, actor, {
      action: "deleteEntity",
      targets: [id],
      summary: `${entity.kind} ${id} deleted with ${value.deletedRelationships} relationships and ${value.deletedEvidence} quotes`,
    });
    return applied(value);
  });
}

export async function removeRelationship(
  graph: Graph,
  actor: Viewer,
  id: string,
): Promise<WriteResult<DeleteOutcome>> {
  const [from, to] = endsOf(id);
  return curation(graph, { id }, async (tx) => {
    if (!id.includes("-[")) return refuse("id", `no relationship has the id ${id}`);
    await lockKeys(tx, [idLock(from), idLock(to)]);
    const type = await relationshipTypeOf(tx, { id, from });
    if (!type) return refuse("id", `no relationship has the id ${id}`);
    if (type === "MEASURES") {
      return refuse("id", "an indicator's MEASURES tie is part of it; delete the indicator instead");
    }
    const deletedEvidence = await deleteRelationship(tx, { id, from });
    await audit(tx, actor, {
      action: "removeRelationship",
      targets: [id],
      summary: `relationship ${id} removed with ${deletedEvidence} quotes`,
    });
    return applied({ deletedRelationships: 1, deletedEvidence });
  });
}
