import neo4j from "neo4j-driver";
import type { EntityKind } from "../model/kinds.js";
import { RELATIONSHIP_TYPES, type RelationshipType } from "../model/relationships.js";
import { checkRange } from "../check-range.js";
import { LIMITS } from "../limits.js";
import type { Graph } from "./driver.js";
import { entityRow, relationshipRow, type EntityRow, type RelationshipRow } from "./rows.js";

/** Paths follow the ties between entities only, never a statement's (SAID_BY, ABOUT, SAID_AT). */
const TIES = RELATIONSHIP_TYPES.join("|");

/** Which relationships and entities a walk may use. */
export interface WalkFilter {
  /** Entities of these kinds are not passed through (the two ends may be of them). */
  excludeKinds: readonly EntityKind[] | null;
  /** Only relationships of these types; null for every type. */
  relationshipTypes: readonly RelationshipType[] | null;
  /** Only ties that hold on this date (begun, by `since` or else first observed, and not ended). */
  asOf: string | null;
}

/** Cypher's `a` on or before `b`, dates of any precision compared at the shorter one ("2024" ≤ "2024-09-28"). */
function onOrBefore(a: string, b: string): string {
  const n = `CASE WHEN size(${a}) < size(${b}) THEN size(${a}) ELSE size(${b}) END`;
  return `left(${a}, ${n}) <= left(${b}, ${n})`;
}

/**
 * A Cypher predicate on relationship `r`: of the types asked for, and holding on `$asOf` by the rule of
 * Entity.relationships(asOf) (positions here by their own dates, not their succession rule).
 */
export function tieAllowed(r: string): string {
  const begins = `coalesce(${r}.since, ${r}.observedOn)`;
  return `(($relationshipTypes IS NULL OR type(${r}) IN $relationshipTypes)
          AND ($asOf IS NULL OR (${begins} IS NOT NULL AND ${onOrBefore(begins, "$asOf")}
                                 AND (${r}.until IS NULL OR ${onOrBefore("$asOf", `${r}.until`)}))))`;
}

export const filterParameters = (filter: WalkFilter) => ({
  excludeKinds: filter.excludeKinds?.length ? filter.excludeKinds : [],
  relationshipTypes: filter.relationshipTypes?.length ? filter.relationshipTypes : null,
  asOf: filter.asOf,
});

export interface PathsRow {
  /** Which of the ends (and the entity to pass) exist; paths are only looked for between existing ones. */
  fromExists: boolean;
  toExists: boolean;
  viaExists: boolean;
  paths: { nodes: EntityRow[]; relationships: RelationshipRow[] }[];
}

/**
 * Up to `first` distinct paths (no entity twice, no two with the same entities in the same order) of at
 * most `maxHops` relationships between two different entities, walked in either direction: shortest first,
 * then by the ids along them, so the same ones every time. They are taken from the
 * `LIMITS.pathLengthGroups` shortest lengths there are (Neo4j's SHORTEST k GROUPS), which bounds the work
 * on a dense graph. With `via`, every path passes that entity: a path to it joined to one from it.
 */
export async function findPaths(
  graph: Graph,
  from: string,
  to: string,
  via: string | null,
  maxHops: number,
  first: number,
  filter: WalkFilter,
): Promise<PathsRow> {
  const hops = checkRange("maxHops", maxHops, LIMITS.pathHops);
  const groups = Math.min(checkRange("first", first, LIMITS.pathAlternatives), LIMITS.pathLengthGroups);
  // The inner entities are not of an excluded kind; an end is never excluded.
  const segment = (start: string, end: string, endId: string, n: number) =>
    `SHORTEST ${groups} GROUPS (${start}) (()-[r${n}:${TIES}]-(x${n}:Entity)
       WHERE ${tieAllowed(`r${n}`)} AND (x${n}.id = ${endId} OR NOT x${n}.kind IN $excludeKinds)){1,${hops}} (${end})`;
  const simple = (p: string) =>
    `all(i IN range(0, size(nodes(${p})) - 2) WHERE NOT nodes(${p})[i] IN nodes(${p})[i + 1..])`;
  const [row] = await graph.read<PathsRow>(
    `OPTIONAL MATCH (a:Entity {id: $from})
     OPTIONAL MATCH (b:Entity {id: $to})
     OPTIONAL MATCH (v:Entity {id: $via})
     OPTIONAL CALL (a, b, v) {
       WITH a, b, v WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b AND $via IS NULL
       MATCH p = ${segment("a", "b", "$to", 1)}
       WHERE ${simple("p")}
       RETURN nodes(p) AS ns, relationships(p) AS rs
       UNION
       WITH a, b, v WHERE a IS NOT NULL AND b IS NOT NULL AND v IS NOT NULL AND a <> b AND v <> a AND v <> b
       MATCH p = ${segment("a", "v", "$via", 2)}
       WHERE ${simple("p")} AND NOT b IN nodes(p)
       MATCH q = ${segment("v", "b", "$to", 3)}
       WHERE ${simple("q")} AND length(p) + length(q) <= ${hops}
         AND none(n IN nodes(q)[1..] WHERE n IN nodes(p))
       RETURN nodes(p) + nodes(q)[1..] AS ns, relationships(p) + relationships(q) AS rs
     }
     WITH a, b, v, ns, rs ORDER BY size(rs), [n IN ns | n.id], [r IN rs | r.id]
     // Paths through the same entities in the same order are one alternative: the first of them.
     WITH a, b, v, [n IN ns | n.id] AS ids, collect({ ns: ns, rs: rs })[0] AS path
     ORDER BY size(path.rs), ids, [r IN path.rs | r.id]
     WITH a, b, v, [p IN collect(path) WHERE p.ns IS NOT NULL][0..$first] AS paths
     RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, $via IS NULL OR v IS NOT NULL AS viaExists,
            [p IN paths | { nodes: [n IN p.ns | ${entityRow()}],
                            relationships: [r IN p.rs | ${relationshipRow("r")}] }] AS paths`,
    { from, to, via, first: neo4j.int(first), ...filterParameters(filter) },
  );
  if (!row) throw new Error("paths query returned no row");
  return row;
}
