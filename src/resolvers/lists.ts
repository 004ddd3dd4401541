import type { GraphQLResolveInfo } from "graphql";
import type { EntityFilter, EntityKind, EntityOrder, QueryResolvers } from "../generated/resolvers-types.js";
import { badUserInput } from "../errors.js";
import { listEntities } from "../graph/lists.js";
import type { GraphQLContext } from "./context.js";
import { pageWindow, scopeOf, toConnection } from "./connection.js";
import { primeEntities } from "./load.js";

/** schema/lists.graphql: the entities list and one list per kind, filtered, ordered and paged. */

interface ListArgs {
  filter?: EntityFilter | null;
  orderBy: EntityOrder;
  first: number;
  after?: string | null;
}

/** A list query: all entities, or one kind (then `filter.kinds` is not accepted). */
function list(kind: EntityKind | null) {
  return async (_root: unknown, args: ListArgs, context: GraphQLContext, info: GraphQLResolveInfo) => {
    const scope = scopeOf(info, { ...args });
    const { offset, limit: first } = pageWindow(args.first, args.after, scope);
    const filter = args.filter ?? {};
    if (kind !== null && filter.kinds) {
      throw badUserInput("filter.kinds", "only the entities list takes kinds; this list has one kind");
    }
    const kinds = kind === null ? (filter.kinds ?? null) : [kind];
    const { rows, totalCount } = await listEntities(
      context.graph,
      { ...filter, kinds },
      args.orderBy,
      offset,
      first,
    );
    primeEntities(context, rows);
    return toConnection(rows, totalCount, offset, scope);
  };
}

export const listQueries: QueryResolvers = {
  entities: list(null),
  organizations: list("Organization"),
  people: list("Person"),
  commodities: list("Commodity"),
  topics: list("Topic"),
  programmes: list("Programme"),
  agreements: list("Agreement"),
  regulations: list("Regulation"),
  places: list("Place"),
  facilities: list("Facility"),
  events: list("Event"),
  indicators: list("Indicator"),
};
