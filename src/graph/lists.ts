import neo4j from "neo4j-driver";
import type { EntityKind } from "../model/kinds.js";
import type { Graph } from "./driver.js";
import { ENTITY_KINDS } from "../model/kinds.js";
import { entityRow, type EntityRow } from "./rows.js";

/** Filters of the list queries; every one is a parameter, never spliced into the Cypher text. */
export interface ListFilter {
  kinds?: readonly EntityKind[] | null;
  nameContains?: string | null;
  country?: string | null;
  type?: string | null;
  relatedTo?: string | null;
  commodity?: string | null;
  party?: string | null;
  status?: string | null;
  basis?: string | null;
  metric?: string | null;
  from?: string | null;
  to?: string | null;
}

/** `a` on or before `b`, comparing dates of different precision by their common part ("2021" vs "2021-07-26"). */
export function onOrBefore(a: string, b: string): string {
  const n = `CASE WHEN size(${a}) < size(${b}) THEN size(${a}) ELSE size(${b}) END`;
  return `left(${a}, ${n}) <= left(${b}, ${n})`;
}

// An entity's own time span: an event's dates, an indicator's period ("2021-06", or a range "2019-2023"),
// a programme's years.
const RANGE = "n.period =~ '\\\\d{4}-\\\\d{4}'";
const PERIOD_START = `CASE WHEN ${RANGE} THEN left(n.period, 4) ELSE n.period END`;
const PERIOD_END = `CASE WHEN ${RANGE} THEN right(n.period, 4) ELSE n.period END`;
const START = `coalesce(n.startDate, ${PERIOD_START}, toString(n.startYear))`;
const END = `coalesce(n.endDate, toString(n.endYear), n.startDate, ${PERIOD_END}, toString(n.startYear))`;

/**
 * One condition per filter, each on its parameter. Only the conditions of the filters given are put in the
 * query, so the planner can use the indexes for them (a `$x IS NULL OR ...` disjunction defeats it).
 */
const CONDITIONS: Record<Exclude<keyof ListFilter, "kinds">, string> = {
  nameContains: `(toLower(n.name) CONTAINS $nameContains
                  OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS $nameContains))`,
  country: "n.country = $country",
  type: "n.type = $type",
  status: "n.status = $status",
  basis: "n.basis = $basis",
  metric: "n.metric = $metric",
  relatedTo: "EXISTS { MATCH (n)--(:Entity {id: $relatedTo}) }",
  commodity: "EXISTS { MATCH (n)-[:COVERS]->(:Commodity {id: $commodity}) }",
  party: "EXISTS { MATCH (:Entity {id: $party})-[:PARTY_TO]->(n) }",
  from: `(${END} =~ '\\\\d{4}.*' AND ${onOrBefore("$from", END)})`,
  to: `(${START} =~ '\\\\d{4}.*' AND ${onOrBefore(START, "$to")})`,
};

/** How lists are ordered (ties broken by id); the SDL enum EntityOrder is checked against it. */
export const ENTITY_ORDERS = ["NAME_ASC", "NAME_DESC", "ID_ASC"] as const;
export type EntityOrder = (typeof ENTITY_ORDERS)[number];

const ORDER: Record<EntityOrder, string> = {
  NAME_ASC: "toLower(n.name), n.id",
  NAME_DESC: "toLower(n.name) DESC, n.id",
  ID_ASC: "n.id",
};

/** One page of entities matching the filter, in a stable order, with the total count: one query. */
export async function listEntities(
  graph: Graph,
  filter: ListFilter,
  orderBy: EntityOrder,
  offset: number,
  limit: number,
): Promise<{ rows: EntityRow[]; totalCount: number }> {
  const { kinds, ...filters } = filter;
  const given = (Object.keys(CONDITIONS) as (keyof typeof CONDITIONS)[]).filter(
    (k) => filters[k] != null && filters[k] !== "",
  );
  const params: Record<string, unknown> = {
    ...Object.fromEntries(
      given.map((k) => [k, k === "nameContains" ? filters[k]?.toLowerCase() : filters[k]]),
    ),
    kinds: kinds?.length ? kinds : null,
    // JavaScript numbers travel as floats; SKIP and LIMIT take integers only.
    offset: neo4j.int(offset),
    limit: neo4j.int(limit),
  };
  // One kind: match its label (from the closed ENTITY_KINDS, checked here), which its indexes serve.
  const [only] = kinds ?? [];
  const single =
    kinds?.length === 1 && only !== undefined && (ENTITY_KINDS as readonly string[]).includes(only);
  const match = single ? `MATCH (n:${only})` : "MATCH (n:Entity)";
  const where = [
    ...(single || !kinds?.length ? [] : ["n.kind IN $kinds"]),
    ...given.map((k) => CONDITIONS[k]),
  ];
  const whereClause = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const [row] = await graph.read<{ totalCount: number; rows: EntityRow[] }>(
    `CALL () { ${match} ${whereClause} RETURN count(n) AS totalCount }
     CALL () {
       ${match} ${whereClause}
       WITH n ORDER BY ${ORDER[orderBy]} SKIP $offset LIMIT $limit
       RETURN collect(${entityRow()}) AS rows
     }
     RETURN totalCount, rows`,
    params,
  );
  return row ?? { rows: [], totalCount: 0 };
}
