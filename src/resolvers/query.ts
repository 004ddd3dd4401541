import type { GraphQLResolveInfo } from "graphql";
import type { EntityFilter, EntityKind, EntityOrder, QueryResolvers } from "../generated/resolvers-types.js";
import { requireRole } from "../auth.js";
import { badUserInput, notFound } from "../errors.js";
import { auditLog } from "../graph/audit.js";
import { checkRange } from "../check-range.js";
import { graphStats, neighborhood } from "../graph/explore.js";
import { listEntities } from "../graph/lists.js";
import type { EntityRow } from "../graph/rows.js";
import type { GraphQLContext } from "./context.js";
import { LIMITS } from "../limits.js";
import { pageWindow, scopeOf, toConnection } from "./connection.js";

function primeEntities(context: GraphQLContext, rows: readonly EntityRow[]): void {
  for (const row of rows) context.loaders.entity.prime(row.id, row);
}

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

export const queryResolvers: QueryResolvers = {
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

  neighborhood: async (_root, args, context) => {
    const hops = checkRange("hops", args.hops, LIMITS.neighborhoodHops);
    const limit = checkRange("limit", args.limit, LIMITS.neighborhoodLimit);
    // A merged entity's old id leads to its survivor here too.
    const id = (await context.loaders.entity.load(args.id))?.id ?? args.id;
    const subgraph = await neighborhood(context.graph, id, hops, args.kinds ?? null, limit, {
      excludeKinds: null,
      relationshipTypes: args.relationshipTypes ?? null,
      asOf: args.asOf ?? null,
    });
    if (!subgraph) throw notFound(`entity ${args.id}`);
    const nodes = [subgraph.center, ...subgraph.nodes];
    primeEntities(context, nodes);
    return { nodes, edges: subgraph.edges, truncated: subgraph.truncated };
  },

  stats: (_root, _args, { graph }) => graphStats(graph),

  auditLog: async (_root, args, { graph, viewer }, info) => {
    requireRole(viewer, "admin");
    const scope = scopeOf(info, args);
    const { offset, limit: first } = pageWindow(args.first, args.after, scope);
    const { rows, totalCount } = await auditLog(
      graph,
      { actor: args.actor, action: args.action },
      offset,
      first,
    );
    return toConnection(rows, totalCount, offset, scope);
  },
};
