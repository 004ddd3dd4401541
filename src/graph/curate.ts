import type { ManagedTransaction } from "neo4j-driver";
import type { Viewer } from "../auth.js";
import { evidenceId, type EvidenceRecord, type RelationshipRecord } from "../seed/compile.js";
import { appendAudit } from "./audit.js";
import type { Graph } from "./driver.js";
import {
  entityRow,
  relationshipRow,
  type EntityRow,
  type EvidenceRow,
  type RelationshipRow,
} from "./rows.js";
import { writeChanges } from "./write.js";

/**
 * Curation of what is already in the graph: merging a duplicate actor into its survivor, deleting an
 * entity or a relationship. Each runs in one transaction with its audit entry, after checks that leave
 * nothing dangling; a refusal is returned as a message, not thrown.
 */

export type CurationResult<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

async function entityOf(tx: ManagedTransaction, id: string): Promise<EntityRow | null> {
  const result = await tx.run(`MATCH (n:Entity {id: $id}) RETURN ${entityRow()} AS n`, { id });
  return (result.records[0]?.get("n") as EntityRow | undefined) ?? null;
}

/** The id a relationship gets when one of its ends is replaced (its #key, if any, stays). */
function rekeyed(r: RelationshipRow, from: string, to: string): string {
  const key = r.id.includes("#") ? r.id.slice(r.id.indexOf("#")) : "";
  return `${from}-[${r.type}]->${to}${key}`;
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
): Promise<CurationResult<MergeOutcome>> {
  if (survivorId === duplicateId)
    return { ok: false, field: "duplicate", message: "an entity cannot be merged into itself" };
  return graph.writeTransaction(async (tx): Promise<CurationResult<MergeOutcome>> => {
    const survivor = await entityOf(tx, survivorId);
    const duplicate = await entityOf(tx, duplicateId);
    if (!survivor) return { ok: false, field: "survivor", message: `no entity has the id ${survivorId}` };
    if (!duplicate) return { ok: false, field: "duplicate", message: `no entity has the id ${duplicateId}` };
    if (survivor.kind !== duplicate.kind) {
      return {
        ok: false,
        field: "duplicate",
        message: `${duplicateId} is a ${duplicate.kind}, ${survivorId} a ${survivor.kind}`,
      };
    }

    const ties = (
      await tx.run(`MATCH (:Entity {id: $id})-[r]-(:Entity) RETURN DISTINCT ${relationshipRow("r")} AS r`, {
        id: duplicateId,
      })
    ).records.map((rec) => rec.get("r") as RelationshipRow);
    const evidence = (
      await tx.run("MATCH (e:Evidence) WHERE e.about IN $abouts RETURN e { .* } AS e", {
        abouts: [duplicateId, ...ties.map((t) => t.id)],
      })
    ).records.map((rec) => rec.get("e") as EvidenceRow);

    // Every tie of the duplicate, re-created on the survivor; one between the two would become a loop and goes.
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
    const moved: EvidenceRecord[] = evidence.flatMap((e) => {
      const about = newIds.get(e.about);
      return about ? [{ ...e, about, id: evidenceId(about, e.sourceId, e) }] : [];
    });

    await writeChanges(tx, { sources: [], entities: [], relationships, evidence: moved });
    await tx.run(
      `MATCH (s:Entity {id: $survivor}), (d:Entity {id: $duplicate})
       SET s.aliases = s.aliases + [a IN d.aliases + d.name WHERE NOT a IN s.aliases AND a <> s.name],
           s.description = coalesce(s.description, d.description)
       WITH d
       OPTIONAL MATCH (e:Evidence) WHERE e.about IN $oldAbouts
       DETACH DELETE e
       WITH DISTINCT d
       DETACH DELETE d
       WITH 1 AS done
       MERGE (r:Redirect {id: $duplicate})
       SET r.to = $survivor
       WITH 1 AS done
       OPTIONAL MATCH (older:Redirect {to: $duplicate})
       SET older.to = $survivor
       WITH 1 AS done
       OPTIONAL MATCH (indicator:Indicator {subject: $duplicate})
       SET indicator.subject = $survivor`,
      { survivor: survivorId, duplicate: duplicateId, oldAbouts: [duplicateId, ...ties.map((t) => t.id)] },
    );
    await appendAudit(tx, {
      actor: actor.name,
      role: actor.role,
      action: "mergeEntities",
      targets: [survivorId, duplicateId],
      summary: `${duplicateId} merged into ${survivorId}: ${relationships.length} relationships and ${moved.length} quotes moved`,
    });
    return { ok: true, value: { movedRelationships: relationships.length, movedEvidence: moved.length } };
  });
}

export interface DeleteOutcome {
  deletedRelationships: number;
  deletedEvidence: number;
}

export async function deleteEntity(
  graph: Graph,
  actor: Viewer,
  id: string,
): Promise<CurationResult<DeleteOutcome>> {
  return graph.writeTransaction(async (tx): Promise<CurationResult<DeleteOutcome>> => {
    const entity = await entityOf(tx, id);
    if (!entity) return { ok: false, field: "id", message: `no entity has the id ${id}` };
    const measured = (
      await tx.run("MATCH (i:Indicator)-[:MEASURES]->(:Entity {id: $id}) RETURN collect(i.id) AS ids", { id })
    ).records[0]?.get("ids") as string[];
    if (measured.length > 0) {
      return {
        ok: false,
        field: "id",
        message: `${id} is the subject of ${measured.join(", ")}; delete those first`,
      };
    }
    const record = (
      await tx.run(
        `MATCH (n:Entity {id: $id})
         OPTIONAL MATCH (n)-[r]-(:Entity)
         WITH n, collect(DISTINCT r.id) AS ties
         OPTIONAL MATCH (e:Evidence) WHERE e.about = $id OR e.about IN ties
         WITH n, ties, collect(e) AS evidence
         FOREACH (e IN evidence | DETACH DELETE e)
         DETACH DELETE n
         WITH ties, size(evidence) AS deletedEvidence
         OPTIONAL MATCH (redirect:Redirect {to: $id})
         DETACH DELETE redirect
         RETURN size(ties) AS deletedRelationships, deletedEvidence`,
        { id },
      )
    ).records[0];
    const outcome = {
      deletedRelationships: Number(record?.get("deletedRelationships") ?? 0),
      deletedEvidence: Number(record?.get("deletedEvidence") ?? 0),
    };
    await appendAudit(tx, {
      actor: actor.name,
      role: actor.role,
      action: "deleteEntity",
      targets: [id],
      summary: `${entity.kind} ${id} deleted with ${outcome.deletedRelationships} relationships and ${outcome.deletedEvidence} quotes`,
    });
    return { ok: true, value: outcome };
  });
}

export async function removeRelationship(
  graph: Graph,
  actor: Viewer,
  id: string,
): Promise<CurationResult<DeleteOutcome>> {
  const from = id.includes("-[") ? id.slice(0, id.indexOf("-[")) : "";
  return graph.writeTransaction(async (tx): Promise<CurationResult<DeleteOutcome>> => {
    const found = (
      await tx.run("MATCH (:Entity {id: $from})-[r {id: $id}]->(:Entity) RETURN type(r) AS type", {
        from,
        id,
      })
    ).records[0];
    if (!found) return { ok: false, field: "id", message: `no relationship has the id ${id}` };
    if (found.get("type") === "MEASURES") {
      return {
        ok: false,
        field: "id",
        message: "an indicator's MEASURES tie is part of it; delete the indicator instead",
      };
    }
    const record = (
      await tx.run(
        `MATCH (:Entity {id: $from})-[r {id: $id}]->(:Entity)
         DELETE r
         WITH 1 AS done
         OPTIONAL MATCH (e:Evidence {about: $id})
         DETACH DELETE e
         RETURN count(e) AS deletedEvidence`,
        { from, id },
      )
    ).records[0];
    const outcome = { deletedRelationships: 1, deletedEvidence: Number(record?.get("deletedEvidence") ?? 0) };
    await appendAudit(tx, {
      actor: actor.name,
      role: actor.role,
      action: "removeRelationship",
      targets: [id],
      summary: `relationship ${id} removed with ${outcome.deletedEvidence} quotes`,
    });
    return { ok: true, value: outcome };
  });
}
