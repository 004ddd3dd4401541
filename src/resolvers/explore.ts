import type { EntityKind, QueryResolvers, RelationshipType } from "../generated/resolvers-types.js";
import { notFound } from "../errors.js";
import { checkRange } from "../check-range.js";
import { suggestQuery } from "../domain/suggestion.js";
import { graphStats, neighborhood } from "../graph/explore.js";
import { findPaths } from "../graph/paths.js";
import { analyzerStopWords, searchEntities } from "../graph/search.js";
import { fuzzyDistance, planSearch, searchPasses } from "../graph/search-query.js";
import { tokenize } from "../lexicon/phrases.js";
import { STOP_WORDS } from "../lexicon/stopwords.js";
import type { GraphQLContext } from "./context.js";
import { argumentError } from "./problems.js";
import { LIMITS } from "../limits.js";
import { pageWindow, scopeOf, toConnection } from "./connection.js";
import { primeEntities } from "./load.js";

/** schema/explore.graphql: full-text search, neighbourhoods, paths and the graph's figures. */

export interface PathArgs {
  from: string;
  to: string;
  maxHops: number;
  excludeKinds?: readonly EntityKind[] | null;
  relationshipTypes?: readonly RelationshipType[] | null;
  via?: string | null;
  asOf?: string | null;
}

/** The paths asked for, each as the API's Path; NOT_FOUND for an unknown end or `via`. */
export async function pathsBetween(args: PathArgs, first: number, context: GraphQLContext) {
  const maxHops = checkRange("maxHops", args.maxHops, LIMITS.pathHops);
  checkRange("first", first, LIMITS.pathAlternatives);
  const survivor = async (id: string) => (await context.loaders.entity.load(id))?.id ?? id;
  if (args.from === args.to) {
    const entity = await context.loaders.entity.load(args.from);
    if (!entity) throw notFound(`entity ${args.from} (from)`);
    return [{ length: 0, nodes: [entity], hops: [] }];
  }
  const found = await findPaths(
    context.graph,
    await survivor(args.from),
    await survivor(args.to),
    args.via ? await survivor(args.via) : null,
    maxHops,
    first,
    {
      excludeKinds: args.excludeKinds ?? null,
      relationshipTypes: args.relationshipTypes ?? null,
      asOf: args.asOf ?? null,
    },
  );
  if (!found.fromExists) throw notFound(`entity ${args.from} (from)`);
  if (!found.toExists) throw notFound(`entity ${args.to} (to)`);
  if (!found.viaExists) throw notFound(`entity ${args.via ?? ""} (via)`);
  return found.paths.map(({ nodes, relationships }) => {
    for (const node of nodes) context.loaders.entity.prime(node.id, node);
    const hops = relationships.map((relationship, i) => {
      const from = nodes[i];
      const to = nodes[i + 1];
      if (!from || !to) throw new Error("path with fewer nodes than hops");
      return { relationship, from, to, forward: relationship.fromId === from.id };
    });
    return { length: hops.length, nodes, hops };
  });
}

export const exploreQueries: QueryResolvers = {
  search: async (_root, args, context, info) => {
    const stopWords = await analyzerStopWords(context.graph);
    const plan = planSearch(args.query, stopWords);
    if (!plan.ok) throw argumentError("query", plan.problems);
    const scope = scopeOf(info, args);
    const { offset, limit: first } = pageWindow(args.first, args.after, scope);
    const kinds = args.kinds ?? null;
    let found = await searchEntities(context.graph, searchPasses(plan.value), true, kinds, offset, first);
    const typed = tokenize(args.query).map((t) => t.text);
    const common = (w: string) => stopWords.has(w.toLowerCase()) || STOP_WORDS.has(w.toLowerCase());
    const suggestion = found.fuzzy
      ? suggestQuery(typed, found.fuzzyNames, (w) => (common(w) ? 0 : fuzzyDistance(w.toLowerCase())))
      : null;
    const corrected = suggestion === null ? null : planSearch(suggestion, stopWords);
    if (corrected?.ok) {
      // A second round trip, only for a typo: the corrected query's hits come first among the fuzzy ones.
      const passes = searchPasses(plan.value, corrected.value);
      found = await searchEntities(context.graph, passes, false, kinds, offset, first);
    }
    for (const hit of found.hits) context.loaders.entity.prime(hit.entity.id, hit.entity);
    return {
      ...toConnection(found.hits, found.totalCount, offset, scope),
      facets: found.facets.kinds,
      sourceFacets: found.facets.sources,
      suggestion,
    };
  },

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

  path: async (_root, args, context) => (await pathsBetween(args, 1, context))[0] ?? null,

  stats: (_root, _args, { graph }) => graphStats(graph),
};
