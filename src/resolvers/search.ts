import type { QueryResolvers, Resolvers } from "../generated/resolvers-types.js";
import { suggestQuery } from "../domain/suggestion.js";
import { STOP_WORDS } from "../lexicon/stopwords.js";
import { tokenize } from "../lexicon/phrases.js";
import { analyzerStopWords, searchEntities } from "../graph/search.js";
import { fuzzyDistance, planSearch, searchPasses } from "../graph/search-query.js";
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

export const searchTypeResolvers: Pick<Resolvers, "SourceCount"> = {
  SourceCount: {
    source: async ({ sourceId }, _args, { loaders }) => {
      const source = await loaders.source.load(sourceId);
      if (!source) throw new Error(`dangling reference to ${sourceId}`);
      return source;
    },
  },
};
