import type { EntityRow } from "../graph/rows.js";
import type { GraphQLContext } from "./context.js";

/** What several areas' resolvers share about the request's loaders. */

/** Entities a query has read whole go into the loader, so that their fields do not read them again. */
export function primeEntities(context: GraphQLContext, rows: readonly EntityRow[]): void {
  for (const row of rows) context.loaders.entity.prime(row.id, row);
}

/** Relationships and evidence always point at existing nodes; a missing one is a broken graph. */
export async function mustLoad<T>(promise: Promise<T | null>, id: string): Promise<T> {
  const value = await promise;
  if (value === null) throw new Error(`dangling reference to ${id}`);
  return value;
}

/** Drops ids that did not resolve (deleted meanwhile) and rethrows loader errors. */
export function nonNull<T>(items: readonly (T | null | Error)[]): T[] {
  return items.filter((item): item is T => {
    if (item instanceof Error) throw item;
    return item !== null;
  });
}
