import type { ManagedTransaction } from "neo4j-driver";
import {
  entityRow,
  relationshipRow,
  type EntityRow,
  type EvidenceRow,
  type RelationshipRow,
} from "./rows.js";

/**
 * The statements of curation (src/write/curate.ts has its rules): merging a duplicate actor into its
 * survivor, deleting an entity or a relationship. Each runs in the caller's transaction.
 */

export async function entityOf(tx: ManagedTransaction, id: string): Promise<EntityRow | null> {
  const result = await tx.run(`MATCH (n:Entity {id: $id}) RETURN ${entityRow()} AS n`, { id });
  return (result.records[0]?.get("n") as EntityRow | undefined) ?? null;
}

/** The ids of the entities tied to this one, in either direction. */
export async function neighbourIds(tx: ManagedTransaction, id: string): Promise<string[]> {
  const result = await tx.run(
    "MATCH (:Entity {id: $id})--(m:Entity) WHERE m.id <> $id RETURN collect(DISTINCT m.id) AS ids",
    { id },
  );
  return (result.records[0]?.get("ids") as string[] | undefined) ?? [];
}

/** Every relationship of an entity, in either direction. */
export async function tiesOf(tx: ManagedTransaction, id: string): Promise<RelationshipRow[]> {
  const result = await tx.run(
    `MATCH (:Entity {id: $id})-[r]-(:Entity) RETURN DISTINCT ${relationshipRow("r")} AS r`,
    { id },
  );
  return result.records.map((record) => record.get("r") as RelationshipRow);
}

export async function evidenceAbout(
  tx: ManagedTransaction,
  abouts: readonly string[],
): Promise<EvidenceRow[]> {
  const result = await tx.run("MATCH (e:Evidence) WHERE e.about IN $abouts RETURN e { .* } AS e", { abouts });
  return result.records.map((record) => record.get("e") as EvidenceRow);
}

/**
 * The end of a merge, once the duplicate's ties and quotes are copied to the survivor: the survivor takes
 * the duplicate's names as aliases (and its description if it has none), the duplicate goes with its old
 * quotes, and its id (and any id merged into it before) redirects to the survivor, as do its figures.
 */
export async function absorbDuplicate(
  tx: ManagedTransaction,
  { survivor, duplicate, oldAbouts }: { survivor: string; duplicate: string; oldAbouts: string[] },
): Promise<void> {
  await tx.run(
    `MATCH (s:Entity {id: $survivor}), (d:Entity {id: $duplicate})
     SET s.aliases = s.aliases + [a IN d.aliases + d.name WHERE NOT a IN s.aliases AND a <> s.name],
         s.description = coalesce(s.description, d.description)
     WITH s, d
     // The duplicate's statements now speak of the survivor.
     CALL (s, d) { MATCH (st:Statement)-[:SAID_BY]->(d) MERGE (st)-[:SAID_BY]->(s) }
     CALL (s, d) { MATCH (st:Statement)-[:ABOUT]->(d) MERGE (st)-[:ABOUT]->(s) }
     CALL (s, d) { MATCH (st:Statement)-[:SAID_AT]->(d) MERGE (st)-[:SAID_AT]->(s) }
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
    { survivor, duplicate, oldAbouts },
  );
}

/** The indicators whose figures are about this entity. */
export async function indicatorsMeasuring(tx: ManagedTransaction, id: string): Promise<string[]> {
  const result = await tx.run(
    "MATCH (i:Indicator)-[:MEASURES]->(:Entity {id: $id}) RETURN collect(i.id) AS ids",
    { id },
  );
  return (result.records[0]?.get("ids") as string[] | undefined) ?? [];
}

export interface DeleteOutcome {
  deletedRelationships: number;
  deletedEvidence: number;
}

/**
 * Deletes an entity with its relationships, the statements it made (which have no speaker without it), the
 * quotes about all of them, and the redirects to it.
 */
export async function deleteEntityAndTies(tx: ManagedTransaction, id: string): Promise<DeleteOutcome> {
  const result = await tx.run(
    `MATCH (n:Entity {id: $id})
     CALL (n) {
       MATCH (st:Statement)-[:SAID_BY]->(n)
       OPTIONAL MATCH (q:Evidence {about: st.id})
       DETACH DELETE q, st
     }
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
  );
  const record = result.records[0];
  return {
    deletedRelationships: Number(record?.get("deletedRelationships") ?? 0),
    deletedEvidence: Number(record?.get("deletedEvidence") ?? 0),
  };
}

/** The type of the relationship with this id (from the entity it starts at), or null when there is none. */
export async function relationshipTypeOf(
  tx: ManagedTransaction,
  { id, from }: { id: string; from: string },
): Promise<string | null> {
  const result = await tx.run("MATCH (:Entity {id: $from})-[r {id: $id}]->(:Entity) RETURN type(r) AS type", {
    from,
    id,
  });
  return (result.records[0]?.get("type") as string | undefined) ?? null;
}

/** Deletes a relationship and the quotes about it; how many quotes went. */
export async function deleteRelationship(
  tx: ManagedTransaction,
  { id, from }: { id: string; from: string },
): Promise<number> {
  const result = await tx.run(
    `MATCH (:Entity {id: $from})-[r {id: $id}]->(:Entity)
     DELETE r
     WITH 1 AS done
     OPTIONAL MATCH (e:Evidence {about: $id})
     DETACH DELETE e
     RETURN count(e) AS deletedEvidence`,
    { from, id },
  );
  return Number(result.records[0]?.get("deletedEvidence") ?? 0);
}
