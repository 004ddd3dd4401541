import type { ManagedTransaction } from "neo4j-driver";
import type { EntityRecord, RelationshipRecord, GraphChanges } from "../model/records.js";
import { RELATIONSHIP_TYPES } from "../model/relationships.js";
import type { Graph } from "./driver.js";
import { ENTITY_KINDS } from "../model/kinds.js";
import { markObservations } from "./observation.js";
import { writeStatements } from "./statements.js";

/**
 * Writes facts (a compiled seed file, an import, or one mutation's worth) with idempotent MERGEs on stable
 * ids. Writing the same facts twice changes nothing; writing new facts about a known entity adds to it:
 * aliases are merged, the first description stays, a fact stated anywhere is no longer "inferred", and a
 * relationship keeps its first and last observation dates.
 */

/** Drops undefined and null values: `SET n += map` would otherwise remove existing properties. */
function defined(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== undefined && v !== null));
}

function entityRow(entity: EntityRecord) {
  const {
    kind: _kind,
    id,
    evidence: _evidence,
    sourceIds: _sourceIds,
    aliases,
    description,
    inferred,
    inferredFrom,
    distinctFrom: _distinctFrom,
    ...props
  } = entity;
  return {
    id,
    props: defined(props),
    aliases,
    description: description ?? null,
    inferred: inferred ?? null,
    inferredFrom: inferred === undefined ? null : (inferredFrom ?? []),
  };
}

function relationshipRow(r: RelationshipRecord) {
  const {
    from,
    to,
    id,
    type: _type,
    sourceIds: _sourceIds,
    observedOn,
    lastObservedOn,
    observedOnBasis,
    inferred,
    inferredFrom,
    ...props
  } = r;
  return {
    from,
    to,
    id,
    props: defined(props),
    observedOn: observedOn ?? null,
    lastObservedOn: lastObservedOn ?? observedOn ?? null,
    observedOnBasis: observedOn === undefined ? null : (observedOnBasis ?? "STATED"),
    inferred: inferred ?? null,
    inferredFrom: inferred === undefined ? null : (inferredFrom ?? []),
  };
}

/**
 * The premises of an inferred fact written again (set before `inferred` changes): none once any source
 * states it, else those already there and the new ones.
 */
function premisesOnMatch(v: string): string {
  return `${v}.inferredFrom = CASE WHEN ${v}.inferred IS NULL OR row.inferred IS NULL THEN null
           ELSE coalesce(${v}.inferredFrom, []) + [q IN row.inferredFrom WHERE NOT q IN coalesce(${v}.inferredFrom, [])] END`;
}

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export type WriteProgress = (step: string, done: number, total: number) => void;

/** Labels and relationship types are spliced into the Cypher of writeEntities and writeRelationships. */
function checkClosedSets(changes: GraphChanges): void {
  for (const e of changes.entities) {
    if (!(ENTITY_KINDS as readonly string[]).includes(e.kind))
      throw new Error(`not an entity kind: ${e.kind}`);
  }
  for (const r of changes.relationships) {
    if (!(RELATIONSHIP_TYPES as readonly string[]).includes(r.type))
      throw new Error(`not a relationship type: ${r.type}`);
  }
}

async function writeEntities(
  tx: ManagedTransaction,
  all: readonly EntityRecord[],
  progress: WriteProgress,
): Promise<void> {
  const byKind = groupBy(all, (e) => e.kind);
  let written = 0;
  for (const [kind, entities] of byKind) {
    // Labels cannot be parameters; `kind` was checked by checkClosedSets.
    await tx.run(
      `UNWIND $rows AS row
       MERGE (n:Entity {id: row.id})
       ON CREATE SET n = row.props, n.aliases = row.aliases, n.description = row.description,
                     n.inferred = row.inferred, n.inferredFrom = row.inferredFrom
       ON MATCH SET n += row.props,
                    n.aliases = n.aliases + [a IN row.aliases WHERE NOT a IN n.aliases],
                    n.description = coalesce(n.description, row.description),
                    ${premisesOnMatch("n")},
                    n.inferred = CASE WHEN n.inferred IS NULL OR row.inferred IS NULL THEN null ELSE n.inferred END
       SET n.id = row.id, n.kind = $kind, n:${kind}`,
      { rows: entities.map(entityRow), kind },
    );
    written += entities.length;
    progress("entities", written, all.length);
  }
}

async function writeRelationships(
  tx: ManagedTransaction,
  all: readonly RelationshipRecord[],
  progress: WriteProgress,
): Promise<void> {
  let written = 0;
  for (const [type, relationships] of groupBy(all, (r) => r.type)) {
    // Relationship types cannot be parameters either; `type` was checked by checkClosedSets.
    const [result] = (
      await tx.run(
        `UNWIND $rows AS row
         MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
         MERGE (a)-[r:${type} {id: row.id}]->(b)
         ON CREATE SET r = row.props, r.observedOn = row.observedOn, r.lastObservedOn = row.lastObservedOn,
                       r.observedOnBasis = row.observedOnBasis, r.inferred = row.inferred,
                       r.inferredFrom = row.inferredFrom
         ON MATCH SET r += row.props,
           ${premisesOnMatch("r")},
           // The basis goes with the date that wins (set before observedOn changes); a stated date beats a
           // derived one of the same day.
           r.observedOnBasis = CASE WHEN row.observedOn IS NOT NULL AND (r.observedOn IS NULL OR row.observedOn < r.observedOn
                                         OR (row.observedOn = r.observedOn AND row.observedOnBasis = 'STATED'))
                                    THEN row.observedOnBasis ELSE r.observedOnBasis END,
           r.observedOn = CASE WHEN r.observedOn IS NULL OR row.observedOn < r.observedOn
                               THEN coalesce(row.observedOn, r.observedOn) ELSE r.observedOn END,
           r.lastObservedOn = CASE WHEN r.lastObservedOn IS NULL OR row.lastObservedOn > r.lastObservedOn
                                   THEN coalesce(row.lastObservedOn, r.lastObservedOn) ELSE r.lastObservedOn END,
           r.inferred = CASE WHEN r.inferred IS NULL OR row.inferred IS NULL THEN null ELSE r.inferred END
         SET r.id = row.id
         RETURN count(r) AS written`,
        { rows: relationships.map(relationshipRow) },
      )
    ).records;
    // A missing endpoint would drop a row silently; refuse the whole transaction instead.
    if (result?.get("written") !== relationships.length) {
      throw new Error(
        `${type}: ${relationships.length - Number(result?.get("written"))} relationships lack an endpoint`,
      );
    }
    written += relationships.length;
    progress("relationships", written, all.length);
  }
}

/** Writes `changes` inside the caller's transaction. Every endpoint must exist (the planner checks it). */
export async function writeChanges(
  tx: ManagedTransaction,
  changes: GraphChanges,
  progress: WriteProgress = () => undefined,
): Promise<void> {
  await tx.run(
    `UNWIND $sources AS s
     MERGE (n:Source {id: s.id})
     SET n += s`,
    { sources: changes.sources.map((s) => defined({ ...s })) },
  );
  progress("sources", changes.sources.length, changes.sources.length);

  // Labels and relationship types are spliced into the Cypher: refuse anything outside the closed sets.
  checkClosedSets(changes);
  await writeEntities(tx, changes.entities, progress);
  await writeRelationships(tx, changes.relationships, progress);

  await tx.run(
    `UNWIND $evidence AS e
     MATCH (s:Source {id: e.sourceId})
     MERGE (n:Evidence {id: e.id})
     SET n.about = e.about, n.quote = e.quote, n.start = e.start, n.end = e.end, n.sourceId = e.sourceId
     MERGE (n)-[:FROM]->(s)`,
    { evidence: changes.evidence },
  );
  progress("evidence", changes.evidence.length, changes.evidence.length);
  await writeStatements(tx, changes.statements);
  progress("statements", changes.statements.length, changes.statements.length);
  // A tie the compiler could not date (a mutation's, without observedOn) is dated from its evidence now.
  const undated = changes.relationships.filter((r) => r.observedOnBasis === undefined);
  if (undated.length > 0) await markObservations(tx, undated);
}

export interface WriteOptions {
  /** Delete everything first, in the same transaction: the database is replaced, or left as it was. */
  replace?: boolean;
}

/** Writes a whole compiled seed in ONE transaction: a failure anywhere leaves nothing of it. */
export async function writeSeedGraph(
  graph: Graph,
  seed: GraphChanges,
  progress: WriteProgress,
  { replace = false }: WriteOptions = {},
): Promise<void> {
  await graph.writeTransaction(async (tx) => {
    if (replace) {
      await tx.run("MATCH (n) DETACH DELETE n");
      progress("removing the old graph", 1, 1);
    }
    await writeChanges(tx, seed, progress);
  });
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
}

export async function countGraph(graph: Graph): Promise<GraphCounts> {
  const [row] = await graph.read<{ nodes: number; relationships: number; byLabel: [string, number][] }>(
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () {
       MATCH (n) UNWIND labels(n) AS label
       WITH label, count(*) AS c ORDER BY label
       RETURN collect([label, c]) AS byLabel
     }
     RETURN nodes, relationships, byLabel`,
  );
  if (!row) throw new Error("count query returned nothing");
  return { nodes: row.nodes, relationships: row.relationships, byLabel: Object.fromEntries(row.byLabel) };
}
