import neo4j from "neo4j-driver";
import type { EntityKind, EntityOrder } from "../generated/resolvers-types.js";
import type { Graph } from "./driver.js";
import { ENTITY_ROW, type EntityRow } from "./rows.js";

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
function onOrBefore(a: string, b: string): string {
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

const WHERE = `
  ($kinds IS NULL OR n.kind IN $kinds)
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS $nameContains
       OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS $nameContains))
  AND ($country IS NULL OR n.country = $country)
  AND ($type IS NULL OR n.type = $type)
  AND ($status IS NULL OR n.status = $status)
  AND ($basis IS NULL OR n.basis = $basis)
  AND ($metric IS NULL OR n.metric = $metric)
  AND ($relatedTo IS NULL OR EXISTS { MATCH (n)--(:Entity {id: $relatedTo}) })
  AND ($commodity IS NULL OR EXISTS { MATCH (n)-[:COVERS]->(:Commodity {id: $commodity}) })
  AND ($party IS NULL OR EXISTS { MATCH (:Entity {id: $party})-[:PARTY_TO]->(n) })
  AND ($from IS NULL OR (${END} =~ '\\\\d{4}.*' AND ${onOrBefore("$from", END)}))
  AND ($to IS NULL OR (${START} =~ '\\\\d{4}.*' AND ${onOrBefore(START, "$to")}))`;

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
  const params = {
    kinds: filter.kinds?.length ? filter.kinds : null,
    nameContains: filter.nameContains ? filter.nameContains.toLowerCase() : null,
    country: filter.country ?? null,
    type: filter.type ?? null,
    relatedTo: filter.relatedTo ?? null,
    commodity: filter.commodity ?? null,
    party: filter.party ?? null,
    status: filter.status ?? null,
    basis: filter.basis ?? null,
    metric: filter.metric ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    // JavaScript numbers travel as floats; SKIP and LIMIT take integers only.
    offset: neo4j.int(offset),
    limit: neo4j.int(limit),
  };
  const [row] = await graph.read<{ totalCount: number; rows: EntityRow[] }>(
    `CALL () { MATCH (n:Entity) WHERE ${WHERE} RETURN count(n) AS totalCount }
     CALL () {
       MATCH (n:Entity) WHERE ${WHERE}
       WITH n ORDER BY ${ORDER[orderBy]} SKIP $offset LIMIT $limit
       RETURN collect(${ENTITY_ROW}) AS rows
     }
     RETURN totalCount, rows`,
    params,
  );
  return row ?? { rows: [], totalCount: 0 };
}
