import type { GraphQLResolveInfo } from "graphql";
import type { Direction, RelationshipType } from "../generated/resolvers-types.js";
import type { EntityRow, PositionRow } from "../graph/rows.js";
import { tieHoldsOn } from "../domain/positions.js";
import { positionsHeld } from "../graph/relationships.js";
import type { GraphQLContext } from "./context.js";
import { paginate, scopeOf } from "./connection.js";

/** Field resolvers every entity type shares. */
export const entityFields = {
  evidence: (entity: EntityRow, _args: unknown, { loaders }: GraphQLContext) =>
    loaders.evidence.load(entity.id),
  relationships: async (
    entity: EntityRow,
    args: {
      types?: readonly RelationshipType[] | null;
      asOf?: string | null;
      direction: Direction;
      first: number;
      after?: string | null;
    },
    { loaders }: GraphQLContext,
    info: GraphQLResolveInfo,
  ) => {
    // One entity's relationships: a cursor from another entity's list is refused too.
    const scope = scopeOf(info, { ...args, of: entity.id });
    const related = await loaders.relationships.load({
      id: entity.id,
      types: args.types?.length ? args.types : null,
      direction: args.direction,
    });
    const { asOf } = args;
    if (!asOf) return paginate(related.relationships, args.first, args.after, scope);
    // Positions follow the same succession rule as `positions(asOf)`; other ties their own dates.
    const held = new Set(positionsHeld(related, asOf).map((p) => p.id));
    const holding = related.relationships.filter((r) =>
      r.type === "HOLDS_POSITION" ? held.has(r.id) : tieHoldsOn(r, asOf),
    );
    return paginate(holding, args.first, args.after, scope);
  },
  indicators: async (entity: EntityRow, _args: unknown, { loaders }: GraphQLContext) => {
    const { relationships: measures } = await loaders.relationships.load({
      id: entity.id,
      types: ["MEASURES"],
      direction: "INCOMING",
    });
    return nonNull(await loaders.entity.loadMany(measures.map((r) => r.fromId)));
  },
};

/** Drops ids that did not resolve (deleted meanwhile) and rethrows loader errors. */
export function nonNull<T>(items: readonly (T | null | Error)[]): T[] {
  return items.filter((item): item is T => {
    if (item instanceof Error) throw item;
    return item !== null;
  });
}

/** Positions around a person or organization, optionally only those held on `asOf`. */
export async function positionsOf(
  id: string,
  asOf: string | null | undefined,
  { loaders }: GraphQLContext,
): Promise<PositionRow[]> {
  const held = positionsHeld(
    await loaders.relationships.load({ id, types: ["HOLDS_POSITION"], direction: "BOTH" }),
    asOf,
  );
  // The date travels with each position, so that its evidence can show what was known by then first.
  return held.map((position) => ({ ...position, asOf }));
}
