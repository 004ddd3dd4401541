import type { Graph } from "./driver.js";
import { entityRow, type EntityRow } from "./rows.js";

/**
 * Every entity of the graph with its names and fixed properties: the gazetteer an article draft matches
 * names against, so that actors already in the graph keep their ids. Indicators are left out: a draft
 * proposes figures of its own article and never matches one by name.
 */
export async function knownEntityRows(graph: Graph): Promise<EntityRow[]> {
  const rows = await graph.read<{ n: EntityRow }>(
    `MATCH (n:Entity) WHERE n.kind <> 'Indicator' RETURN ${entityRow()} AS n ORDER BY n.id`,
  );
  return rows.map((r) => r.n);
}
