import DataLoader from "dataloader";
import type { Graph } from "./driver.js";
import { entitiesByIds, sourcesByIds } from "./entities.js";
import { evidenceByAbout } from "./evidence.js";
import { statementsByIds, statementsOf } from "./statements.js";
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
    statement: new DataLoader((ids: readonly string[]) => statementsByIds(graph, ids)),
    /** What each entity said (its SAID_BY statements), in date order. */
    statementsBy: new DataLoader((ids: readonly string[]) => statementsOf(graph, "SAID_BY", ids)),
    /** What was said about each entity (ABOUT statements), in date order. */
    statementsAbout: new DataLoader((ids: readonly string[]) => statementsOf(graph, "ABOUT", ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
