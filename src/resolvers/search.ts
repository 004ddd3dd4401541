import type {
  EntityKind,
  QueryResolvers,
  RelationshipType,
  Resolvers,
} from "../generated/resolvers-types.js";
import { checkRange } from "../check-range.js";
import { notFound } from "../errors.js";
import { findPaths } from "../graph/paths.js";
import { LIMITS } from "../limits.js";
import type { GraphQLContext } from "./context.js";
import { suggestQuery } from "../domain/suggestion.js";
import { STOP_WORDS } from "../lexicon/stopwords.js";
import { tokenize } from "../lexicon/phrases.js";
import { analyzerStopWords, searchEntities, searchQuotes } from "../graph/search.js";
import { fuzzyDistance, planSearch, QUOTE_FIELDS, searchPasses } from "../graph/search-query.js";
import { argumentError } from "./problems.js";
import { pageWindow, scopeOf, toConnection } from "./connection.js";

/** The resolvers of schema/search.graphql, and of the search and path fields of schema/explore.graphql. */
export const searchQueryResolvers: Pick<QueryResolvers, "search"> = {
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
};

export const evidenceSearchResolvers: Pick<QueryResolvers, "evidenceSearch"> = {
  evidenceSearch: async (_root, args, context, info) => {
    const plan = planSearch(args.query, await analyzerStopWords(context.graph), QUOTE_FIELDS);
    if (!plan.ok) throw argumentError("query", plan.problems);
    const scope = scopeOf(info, args);
    const { offset, limit: first } = pageWindow(args.first, args.after, scope);
    const { hits, totalCount } = await searchQuotes(context.graph, plan.value.passes, offset, first);
    return toConnection(hits, totalCount, offset, scope);
  },
};

export const searchTypeResolvers: Pick<Resolvers, "SourceCount" | "QuoteHit"> = {
  QuoteHit: {
    source: async ({ sourceId }, _args, { loaders }) => {
      const source = await loaders.source.load(sourceId);
      if (!source) throw new Error(`dangling reference to ${sourceId}`);
      return source;
    },
    supports: async ({ supports }, _args, { loaders }) => {
      const facts = await Promise.all(
        supports.map((id) => {
          if (id.startsWith("statement:")) return loaders.statement.load(id);
          return id.includes("-[") ? loaders.relationship.load(id) : loaders.entity.load(id);
        }),
      );
      return facts.flatMap((fact) => (fact ? [fact] : []));
    },
  },
  SourceCount: {
    source: async ({ sourceId }, _args, { loaders }) => {
      const source = await loaders.source.load(sourceId);
      if (!source) throw new Error(`dangling reference to ${sourceId}`);
      return source;
    },
  },
};

interface PathArgs {
  from: string;
  to: string;
  maxHops: number;
  excludeKinds?: readonly EntityKind[] | null;
  relationshipTypes?: readonly RelationshipType[] | null;
  via?: string | null;
  asOf?: string | null;
}

/** Why no path answered: the bounds and filters it had to satisfy. */
function noPathReason(args: PathArgs): string {
  const conditions = [
    `of at most ${args.maxHops} hops`,
    args.excludeKinds?.length ? `passing no ${args.excludeKinds.join(" or ")}` : null,
    args.relationshipTypes?.length ? `over ${args.relationshipTypes.join(", ")} only` : null,
    args.via ? `through ${args.via}` : null,
    args.asOf ? `over ties that hold on ${args.asOf}` : null,
  ].filter((c) => c !== null);
  return `no path between ${args.from} and ${args.to} ${conditions.join(", ")}`;
}

/** The paths asked for, each as the API's Path; NOT_FOUND for an unknown end or `via`. */
async function pathsBetween(args: PathArgs, first: number, context: GraphQLContext) {
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

export const pathQueryResolvers: Pick<QueryResolvers, "path" | "paths"> = {
  path: async (_root, args, context) => (await pathsBetween(args, 1, context))[0] ?? null,
  paths: async (_root, args, context) => {
    const paths = await pathsBetween(args, args.first, context);
    return { paths, reason: paths.length === 0 ? noPathReason(args) : null };
  },
};
