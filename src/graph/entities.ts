import type { Graph } from "./driver.js";
import { entityRow, type EntityRow, type SourceRow } from "./rows.js";

/**
 * Entities by id, in the order of `ids` (null where there is none): one query for the whole batch. The id
 * of an entity merged into another gives the survivor.
 */
export async function entitiesByIds(graph: Graph, ids: readonly string[]): Promise<(EntityRow | null)[]> {
  const rows = await graph.read<{ id: string; n: EntityRow }>(
    `UNWIND $ids AS id
     OPTIONAL MATCH (redirect:Redirect {id: id})
     MATCH (n:Entity {id: coalesce(redirect.to, id)})
     RETURN id, ${entityRow()} AS n`,
    { ids },
  );
  const byId = new Map(rows.map((r) => [r.id, r.n]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function sourcesByIds(graph: Graph, ids: readonly string[]): Promise<(SourceRow | null)[]> {
  const rows = await graph.read<{ id: string; s: SourceRow }>(
    `UNWIND $ids AS id
     MATCH (s:Source {id: id})
     RETURN id, s { .* } AS s`,
    { ids },
  );
  const byId = new Map(rows.map((r) => [r.id, r.s]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function allSources(graph: Graph): Promise<SourceRow[]> {
  const rows = await graph.read<{ s: SourceRow }>("MATCH (s:Source) RETURN s { .* } AS s ORDER BY s.id");
  return rows.map((r) => r.s);
}
