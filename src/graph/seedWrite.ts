import type { ManagedTransaction } from "neo4j-driver";
import type { EntityRecord, SeedGraph } from "../seed/compile.js";
import type { Graph } from "./driver.js";

/**
 * Writes a compiled seed graph in ONE transaction with idempotent MERGEs on stable ids: loading the same
 * seed twice leaves the same graph, and a failure anywhere leaves nothing of it.
 */

/** Kind-specific properties are stored on the node as they are; the shared ones are set explicitly. */
function entityProperties(entity: EntityRecord): Record<string, unknown> {
  const { kind: _kind, id: _id, evidence: _evidence, sourceIds: _sourceIds, ...rest } = entity;
  return rest;
}

export interface WriteProgress {
  (step: string, done: number, total: number): void;
}

export interface WriteOptions {
  /** Delete everything first, in the same transaction: the database is replaced, or left as it was. */
  replace?: boolean;
}

export async function writeSeedGraph(
  graph: Graph,
  seed: SeedGraph,
  progress: WriteProgress,
  { replace = false }: WriteOptions = {},
): Promise<void> {
  const byKind = new Map<string, { id: string; props: Record<string, unknown> }[]>();
  for (const e of seed.entities) {
    const rows = byKind.get(e.kind) ?? [];
    rows.push({ id: e.id, props: entityProperties(e) });
    byKind.set(e.kind, rows);
  }
  const byType = new Map<string, SeedGraph["relationships"]>();
  for (const r of seed.relationships) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);

  await graph.writeTransaction(async (tx: ManagedTransaction) => {
    if (replace) {
      await tx.run("MATCH (n) DETACH DELETE n");
      progress("removing the old graph", 1, 1);
    }
    await tx.run(
      `UNWIND $sources AS s
       MERGE (n:Source {id: s.id})
       SET n = s`,
      { sources: seed.sources },
    );
    progress("sources", seed.sources.length, seed.sources.length);

    let written = 0;
    for (const [kind, rows] of byKind) {
      // Labels cannot be parameters; `kind` comes from the closed set validated by the seed schema.
      await tx.run(
        `UNWIND $rows AS row
         MERGE (n:Entity {id: row.id})
         SET n = row.props, n.id = row.id, n.kind = $kind, n:${kind}`,
        { rows, kind },
      );
      written += rows.length;
      progress("entities", written, seed.entities.length);
    }

    written = 0;
    for (const [type, rows] of byType) {
      // Relationship types cannot be parameters either; `type` is from the closed RELATIONSHIP_TYPES.
      await tx.run(
        `UNWIND $rows AS row
         MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
         MERGE (a)-[r:${type} {id: row.id}]->(b)
         SET r = row.props, r.id = row.id`,
        {
          rows: rows.map(({ from, to, id, type: _type, sourceIds: _sourceIds, ...props }) => ({
            from,
            to,
            id,
            props,
          })),
        },
      );
      written += rows.length;
      progress("relationships", written, seed.relationships.length);
    }

    await tx.run(
      `UNWIND $evidence AS e
       MATCH (s:Source {id: e.sourceId})
       MERGE (n:Evidence {id: e.id})
       SET n.about = e.about, n.quote = e.quote, n.start = e.start, n.end = e.end, n.sourceId = e.sourceId
       MERGE (n)-[:FROM]->(s)`,
      { evidence: seed.evidence },
    );
    progress("evidence", seed.evidence.length, seed.evidence.length);
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
