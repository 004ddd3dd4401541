import type { QueryResolvers, Resolvers } from "../generated/resolvers-types.js";
import { analyzerStopWords, searchQuotes } from "../graph/search.js";
import { planSearch, QUOTE_FIELDS } from "../graph/search-query.js";
import { pageWindow, scopeOf, toConnection } from "./connection.js";
import { pathsBetween, type PathArgs } from "./explore.js";
import { mustLoad } from "./load.js";
import { argumentError } from "./problems.js";

/** schema/search.graphql: alternative paths, the quotes' search, and the types of search's facets. */

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

export const searchQueries: Pick<QueryResolvers, "evidenceSearch" | "paths"> = {
  evidenceSearch: async (_root, args, context, info) => {
    const plan = planSearch(args.query, await analyzerStopWords(context.graph), QUOTE_FIELDS);
    if (!plan.ok) throw argumentError("query", plan.problems);
    const scope = scopeOf(info, args);
    const { offset, limit: first } = pageWindow(args.first, args.after, scope);
    const { hits, totalCount } = await searchQuotes(context.graph, plan.value.passes, offset, first);
    return toConnection(hits, totalCount, offset, scope);
  },
  paths: async (_root, args, context) => {
    const paths = await pathsBetween(args, args.first, context);
    return { paths, reason: paths.length === 0 ? noPathReason(args) : null };
  },
};

export const searchTypes: Pick<Resolvers, "SourceCount" | "QuoteHit"> = {
  QuoteHit: {
    source: ({ sourceId }, _args, { loaders }) => mustLoad(loaders.source.load(sourceId), sourceId),
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
    source: ({ sourceId }, _args, { loaders }) => mustLoad(loaders.source.load(sourceId), sourceId),
  },
};
