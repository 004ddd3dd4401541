import type { ManagedTransaction } from "neo4j-driver";
import { observationOf, type ObservedOnBasis } from "../domain/observation.js";

/**
 * Observation dates for ties already in the graph that have no basis yet: those written before the rule
 * existed (a graph loaded by an older seed load: the migration) and those written by a mutation that gives
 * no date (addRelationship). The rule itself is src/domain/observation.ts, the one the compiler applies.
 */

interface UnmarkedTie {
  id: string;
  fromId: string;
  observedOn: string | null;
  lastObservedOn: string | null;
  fromEventDate: string | null;
  toEventDate: string | null;
  sources: { publishedOn: string | null; text: string }[];
}

/**
 * Marks every tie without an `observedOnBasis` (only those among `ties`, when given): a stated date gets
 * STATED, the others a derived date and basis, where anything dates them. Idempotent: a marked tie is not
 * read again. Returns how many ties it marked.
 */
export async function markObservations(
  tx: ManagedTransaction,
  ties: readonly { id: string; from: string }[] | null = null,
): Promise<number> {
  // Given ties are sought from their start node (indexed); the migration reads every unmarked tie.
  const match =
    ties === null
      ? "MATCH (a:Entity)-[r]->(b:Entity) WHERE r.observedOnBasis IS NULL"
      : `UNWIND $ties AS tie
         MATCH (a:Entity {id: tie.from})-[r {id: tie.id}]->(b:Entity) WHERE r.observedOnBasis IS NULL`;
  const result = await tx.run(
    `${match}
     CALL (r) {
       OPTIONAL MATCH (e:Evidence {about: r.id})-[:FROM]->(s:Source)
       WITH DISTINCT s WHERE s IS NOT NULL
       RETURN collect({publishedOn: s.publishedOn, text: s.text}) AS sources
     }
     RETURN r.id AS id, a.id AS fromId, r.observedOn AS observedOn, r.lastObservedOn AS lastObservedOn,
            CASE WHEN a:Event THEN a.startDate END AS fromEventDate,
            CASE WHEN b:Event THEN b.startDate END AS toEventDate, sources`,
    { ties: ties?.map(({ id, from }) => ({ id, from })) ?? null },
  );
  const unmarked = result.records.map((record) => record.toObject() as UnmarkedTie);
  const rows = unmarked.flatMap((tie) => {
    const observation = observationOf(tie, tie.sources);
    return observation ? [{ id: tie.id, fromId: tie.fromId, ...observation }] : [];
  });
  await tx.run(
    `UNWIND $rows AS row
     MATCH (:Entity {id: row.fromId})-[r {id: row.id}]->()
     SET r.observedOn = row.observedOn, r.lastObservedOn = row.lastObservedOn,
         r.observedOnBasis = row.basis`,
    { rows: rows satisfies { basis: ObservedOnBasis }[] },
  );
  return rows.length;
}
