import neo4j from "neo4j-driver";
import type { EntityKind } from "../model/kinds.js";
import { checkRange } from "../check-range.js";
import { LIMITS } from "../limits.js";
import type { Graph } from "./driver.js";
import { filterParameters, tieAllowed, type WalkFilter } from "./paths.js";
import { RELATIONSHIP_TYPES } from "../model/relationships.js";
import { entityRow, relationshipRow, type EntityRow, type RelationshipRow } from "./rows.js";

/** Walks follow the ties between entities only, never a statement's (SAID_BY, ABOUT, SAID_AT). */
const TIES = RELATIONSHIP_TYPES.join("|");

export interface SubgraphRow {
  center: EntityRow;
  nodes: EntityRow[];
  edges: RelationshipRow[];
  truncated: boolean;
}

/**
 * The entities within `hops` of one entity (nearest first, then by id, at most `limit` of them) and every
 * relationship among them and the centre. Null when there is no such entity. Path lengths are literals in
 * Cypher, so they are checked here too, although the resolvers check them first.
 */
export async function neighborhood(
  graph: Graph,
  id: string,
  hops: number,
  kinds: readonly EntityKind[] | null,
  limit: number,
  filter: WalkFilter = { excludeKinds: null, relationshipTypes: null, asOf: null },
): Promise<SubgraphRow | null> {
  const [row] = await graph.read<SubgraphRow>(
    `MATCH (center:Entity {id: $id})
     CALL (center) {
       OPTIONAL MATCH p = (center)-[:${TIES}*1..${checkRange("hops", hops, LIMITS.neighborhoodHops)}]-(m:Entity)
       WHERE m <> center AND ($kinds IS NULL OR m.kind IN $kinds)
         AND all(r IN relationships(p) WHERE ${tieAllowed("r")})
       WITH m, min(length(p)) AS distance
       ORDER BY distance, m.id
       WITH collect(m) AS found
       RETURN found[0..$limit] AS members, size(found) > $limit AS truncated
     }
     WITH center, members, truncated, [center] + members AS all
     CALL (all) {
       UNWIND all AS a
       MATCH (a)-[r]->(b:Entity)
       WHERE b IN all AND ${tieAllowed("r")}
       WITH DISTINCT r ORDER BY r.id
       RETURN collect(${relationshipRow("r")}) AS edges
     }
     RETURN ${entityRow("center")} AS center, [n IN members | ${entityRow()}] AS nodes, edges, truncated`,
    { id, kinds: kinds?.length ? kinds : null, limit: neo4j.int(limit), ...filterParameters(filter) },
  );
  return row ?? null;
}

export interface StatsRow {
  entities: number;
  relationships: number;
  sources: number;
  evidence: number;
  statements: number;
  byKind: { kind: EntityKind; count: number }[];
  byRelationshipType: { type: RelationshipRow["type"]; count: number }[];
}

export async function graphStats(graph: Graph): Promise<StatsRow> {
  const [row] = await graph.read<StatsRow>(
    `CALL () { MATCH (n:Entity) WITH n.kind AS kind, count(*) AS count ORDER BY kind RETURN collect({kind: kind, count: count}) AS byKind }
     CALL () {
       MATCH (:Entity)-[r]->(:Entity) WITH type(r) AS type, count(*) AS count ORDER BY type
       RETURN collect({type: type, count: count}) AS byRelationshipType
     }
     CALL () { MATCH (s:Source) RETURN count(s) AS sources }
     CALL () { MATCH (e:Evidence) RETURN count(e) AS evidence }
     CALL () { MATCH (s:Statement) RETURN count(s) AS statements }
     RETURN reduce(t = 0, k IN byKind | t + k.count) AS entities,
            reduce(t = 0, r IN byRelationshipType | t + r.count) AS relationships,
            sources, evidence, statements, byKind, byRelationshipType`,
  );
  if (!row) throw new Error("stats query returned no row");
  return row;
}
