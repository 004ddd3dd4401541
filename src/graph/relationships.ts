import { isHeldOn, type PositionSpan } from "../domain/positions.js";
import type { Direction, RelationshipType } from "../generated/resolvers-types.js";
import type { Graph } from "./driver.js";
import { relationshipRow, type EntityRow, type RelationshipRow } from "./rows.js";

export interface RelationshipsKey {
  id: string;
  /** Null for every type. */
  types: readonly RelationshipType[] | null;
  direction: Direction;
}

/**
 * The relationships of several entities, with the entities at their other ends, each filtered by type and direction, in a stable order (type,
 * then the other end's id, then the relationship id): one query for the whole batch.
 */
export async function relationshipsOf(
  graph: Graph,
  keys: readonly RelationshipsKey[],
): Promise<{ relationships: RelationshipRow[]; others: EntityRow[] }[]> {
  const rows = await graph.read<{ index: number; relationships: RelationshipRow[]; others: EntityRow[] }>(
    `UNWIND range(0, size($keys) - 1) AS index
     WITH index, $keys[index] AS key
     MATCH (n:Entity {id: key.id})
     CALL (n, key) {
       MATCH (n)-[r]-(m:Entity)
       WHERE (key.types IS NULL OR type(r) IN key.types)
         AND (key.direction = 'BOTH'
              OR (key.direction = 'OUTGOING' AND startNode(r) = n)
              OR (key.direction = 'INCOMING' AND endNode(r) = n))
       WITH r, m ORDER BY type(r), m.id, r.id
       RETURN collect(${relationshipRow("r")}) AS relationships, collect(m { .* }) AS others
     }
     RETURN index, relationships, others`,
    { keys },
  );
  const byIndex = new Map(rows.map((r) => [r.index, r]));
  return keys.map((_, i) => byIndex.get(i) ?? { relationships: [], others: [] });
}

export interface PositionWithRivals {
  position: RelationshipRow;
  /** Every position at the same organization, to decide who held a title on a date. */
  atOrganization: RelationshipRow[];
}

/** The HOLDS_POSITION relationships touching each person or organization, with their organization's others. */
export async function positionsAround(graph: Graph, ids: readonly string[]): Promise<PositionWithRivals[][]> {
  const rows = await graph.read<{ id: string; positions: PositionWithRivals[] }>(
    `UNWIND $ids AS id
     MATCH (x:Entity {id: id})-[r:HOLDS_POSITION]-()
     WITH id, r, endNode(r) AS organization
     MATCH (:Person)-[other:HOLDS_POSITION]->(organization)
     WITH id, r, collect(${relationshipRow("other")}) AS atOrganization
     ORDER BY coalesce(r.since, r.observedOn) DESC, r.id
     RETURN id, collect({ position: ${relationshipRow("r")}, atOrganization: atOrganization }) AS positions`,
    { ids },
  );
  const byId = new Map(rows.map((r) => [r.id, r.positions]));
  return ids.map((id) => byId.get(id) ?? []);
}

function span(r: RelationshipRow): PositionSpan {
  return {
    personId: r.fromId,
    organizationId: r.toId,
    // Successive holders share the English title; the Indonesian one varies in wording between articles.
    titleKey: (r.titleEn ?? r.title ?? "").toLowerCase(),
    since: r.since,
    until: r.until,
    observedOn: r.observedOn,
  };
}

/** The positions held on `asOf` (all of them when it is null), by the rule in src/domain/positions.ts. */
export function positionsHeld(
  positions: readonly PositionWithRivals[],
  asOf: string | null | undefined,
): RelationshipRow[] {
  return positions
    .filter((p) => asOf == null || isHeldOn(span(p.position), p.atOrganization.map(span), asOf))
    .map((p) => p.position);
}
