import type { QueryResolvers } from "../generated/resolvers-types.js";
import { notFound } from "../errors.js";
import { checkRange } from "../check-range.js";
import { graphStats, neighborhood, shortestPath } from "../graph/explore.js";
import { analyzerStopWords, searchEntities, toLuceneQuery } from "../graph/search.js";
import { argumentError } from "./problems.js";
import { LIMITS } from "../limits.js";
import { pageWindow, scopeOf, toConnection } from "./connection.js";
import { primeEntities } from "./load.js";

/** schema/explore.graphql: full-text search, neighbourhoods, paths and the graph's figures. */

export const exploreQueries: QueryResolvers = {
  search: async (_root, args, context, info) => {
    const parsed = toLuceneQuery(args.query, await analyzerStopWords(context.graph));
    if (!parsed.ok) throw argumentError("query", parsed.problems);
    const scope = scopeOf(info, args);
    const { offset, limit: first } = pageWindow(args.first, args.after, scope);
    const { hits, totalCount } = await searchEntities(
      context.graph,
      args.query,
      parsed.value,
      args.kinds ?? null,
      offset,
      first,
    );
    primeEntities(
      context,
      hits.map((h) => h.entity),
    );
    return toConnection(hits, totalCount, offset, scope);
  },

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
};
