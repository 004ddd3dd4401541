import { isHeldOn, type PositionSpan } from "../domain/positions.js";
import type { RelationshipType } from "../model/relationships.js";
import type { Graph } from "./driver.js";
import { entityRow, relationshipRow, type EntityRow, type RelationshipRow } from "./rows.js";

/** Which of an entity's relationships to follow; the SDL enum Direction is checked against it. */
export const DIRECTIONS = ["OUTGOING", "INCOMING", "BOTH"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface RelationshipsKey {
  id: string;
  /** Null for every type. */
  types: readonly RelationshipType[] | null;
  direction: Direction;
}

export interface RelatedRows {
  /** In a stable order: type, then the other end's id, then the relationship id. */
  relationships: RelationshipRow[];
  /** The entities at the other ends, so resolving them costs no further query. */
  others: EntityRow[];
  /**
   * For a person: every HOLDS_POSITION into the organizations it holds positions at, so that who held a
   * title on a date can be decided without another query (see positionsHeld). For an organization its own
   * positions, in `relationships`, are all there is to compare.
   */
  positionsAtOrganizations: RelationshipRow[];
}

/**
 * The relationships of several entities, each filtered by type and direction: one query for the whole
 * batch, returned in key order.
 */
export async function relationshipsOf(
  graph: Graph,
  keys: readonly RelationshipsKey[],
): Promise<RelatedRows[]> {
  const rows = await graph.read<RelatedRows & { index: number }>(
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
       RETURN collect(${relationshipRow("r")}) AS relationships, collect(${entityRow("m")}) AS others,
              // A person's organizations; an organization's own positions are already among the relationships.
              collect(DISTINCT CASE WHEN type(r) = 'HOLDS_POSITION' AND endNode(r) <> n THEN endNode(r) END) AS organizations
     }
     CALL (organizations) {
       UNWIND organizations AS organization
       MATCH (:Person)-[p:HOLDS_POSITION]->(organization)
       RETURN collect(${relationshipRow("p")}) AS positionsAtOrganizations
     }
     RETURN index, relationships, others, positionsAtOrganizations`,
    { keys },
  );
  const byIndex = new Map(rows.map((r) => [r.index, r]));
  return keys.map(
    (_, i) => byIndex.get(i) ?? { relationships: [], others: [], positionsAtOrganizations: [] },
  );
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
    lastObservedOn: r.lastObservedOn,
  };
}

/**
 * Of the HOLDS_POSITION ties in `related`, those held on `asOf` (all of them when it is null), by the rule
 * in src/domain/positions.ts.
 */
export function positionsHeld(related: RelatedRows, asOf: string | null | undefined): RelationshipRow[] {
  const positions = related.relationships.filter((r) => r.type === "HOLDS_POSITION");
  if (asOf == null) return positions;
  const rivals = [...positions, ...related.positionsAtOrganizations].map(span);
  return positions.filter((p) => isHeldOn(span(p), rivals, asOf));
}

/**
 * Relationships by their ids (`from-[TYPE]->to`), in the order of `ids`, null where there is none. The
 * id's start names the entity it leaves from, so the lookup starts at an indexed node.
 */
export async function relationshipsByIds(
  graph: Graph,
  ids: readonly string[],
): Promise<(RelationshipRow | null)[]> {
  const keys = ids.map((id) => ({ id, from: id.includes("-[") ? id.slice(0, id.indexOf("-[")) : null }));
  const rows = await graph.read<{ id: string; r: RelationshipRow }>(
    `UNWIND $keys AS key
     MATCH (:Entity {id: key.from})-[r {id: key.id}]->(:Entity)
     RETURN key.id AS id, ${relationshipRow("r")} AS r`,
    { keys: keys.filter((k) => k.from !== null) },
  );
  const byId = new Map(rows.map((row) => [row.id, row.r]));
  return ids.map((id) => byId.get(id) ?? null);
}
