import DataLoader from "dataloader";
import type { Graph } from "./driver.js";
import { entitiesByIds, sourcesByIds } from "./entities.js";
import { evidenceByAbout } from "./evidence.js";
import { relationshipsByIds, relationshipsOf, type RelationshipsKey } from "./relationships.js";

/**
 * Per-request DataLoaders: every field that needs the database goes through one of these, so a list of N
 * items costs one query per nesting level, not one per item. Each batch function runs one UNWIND query
 * and returns results in key order.
 */
export function createLoaders(graph: Graph) {
  const entity = new DataLoader((ids: readonly string[]) => entitiesByIds(graph, ids));
  const relationships = new DataLoader(
    async (keys: readonly RelationshipsKey[]) => {
      const results = await relationshipsOf(graph, keys);
      // The other ends come with the relationships, so resolving them costs no further query.
      for (const { others } of results) for (const other of others) entity.prime(other.id, other);
      return results;
    },
    { cacheKeyFn: (key) => JSON.stringify([key.id, key.types, key.direction]) },
  );
  return {
    entity,
    relationships,
    relationship: new DataLoader((ids: readonly string[]) => relationshipsByIds(graph, ids)),
    source: new DataLoader((ids: readonly string[]) => sourcesByIds(graph, ids)),
    evidence: new DataLoader((abouts: readonly string[]) => evidenceByAbout(graph, abouts)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
