import type { GraphQLResolveInfo } from "graphql";
import type { EntityFilter, EntityKind, EntityOrder, QueryResolvers } from "../generated/resolvers-types.js";
import { requireRole } from "../auth.js";
import { badUserInput, notFound } from "../errors.js";
import { auditLog } from "../graph/audit.js";
import { checkRange } from "../check-range.js";
import { graphStats, neighborhood, shortestPath } from "../graph/explore.js";
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
    const subgraph = await neighborhood(context.graph, id, hops, args.kinds ?? null, limit);
    if (!subgraph) throw notFound(`entity ${args.id}`);
    const nodes = [subgraph.center, ...subgraph.nodes];
    primeEntities(context, nodes);
    return { nodes, edges: subgraph.edges, truncated: subgraph.truncated };
  },

  path: async (_root, args, context) => {
    const maxHops = checkRange("maxHops", args.maxHops, LIMITS.pathHops);
    if (args.from === args.to) {
      const entity = await context.loaders.entity.load(args.from);
      if (!entity) throw notFound(`entity ${args.from} (from)`);
      return { length: 0, nodes: [entity], hops: [] };
    }
    const survivor = async (id: string) => (await context.loaders.entity.load(id))?.id ?? id;
    const found = await shortestPath(
      context.graph,
      await survivor(args.from),
      await survivor(args.to),
      maxHops,
    );
    if (!found.fromExists) throw notFound(`entity ${args.from} (from)`);
    if (!found.toExists) throw notFound(`entity ${args.to} (to)`);
    if (!found.nodes || !found.relationships) return null;
    const nodes = found.nodes;
    primeEntities(context, nodes);
    const hops = found.relationships.map((relationship, i) => {
      const from = nodes[i];
      const to = nodes[i + 1];
      if (!from || !to) throw new Error("path with fewer nodes than hops");
      return { relationship, from, to, forward: relationship.fromId === from.id };
    });
    return { length: hops.length, nodes, hops };
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
