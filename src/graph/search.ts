import neo4j from "neo4j-driver";
import type { EntityKind } from "../model/kinds.js";
import { LIMITS } from "../limits.js";
import type { MatchClass, SearchPass } from "./search-query.js";
import type { Graph } from "./driver.js";
import { entityRow, type EntityRow } from "./rows.js";

const stopWordsByDriver = new WeakMap<object, Promise<Set<string>>>();

/** The stop words of the English and Indonesian analyzers, read from Neo4j once per driver. */
export function analyzerStopWords(graph: Graph): Promise<Set<string>> {
  let words = stopWordsByDriver.get(graph.driver);
  if (!words) {
    words = graph
      .read<{ words: string[] }>(
        `CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords
         WHERE analyzer IN ['english', 'indonesian']
         UNWIND stopwords AS word
         RETURN collect(DISTINCT word) AS words`,
      )
      .then(([row]) => new Set(row?.words ?? []));
    // A failed read is not cached: the next search tries again.
    words.catch(() => stopWordsByDriver.delete(graph.driver));
    stopWordsByDriver.set(graph.driver, words);
  }
  return words;
}

export interface SearchHitRow {
  entity: EntityRow;
  score: number;
  match: MatchClass;
}

/** Hits with evidence in one source. */
export interface SourceCountRow {
  sourceId: string;
  count: number;
}

export interface SearchFacets {
  kinds: { kind: EntityKind; count: number }[];
  sources: SourceCountRow[];
}

export interface SearchResultRow {
  hits: SearchHitRow[];
  totalCount: number;
  facets: SearchFacets;
  /** Whether the fuzzy pass was needed, and the names and aliases of its best hits (for a suggestion). */
  fuzzy: boolean;
  fuzzyNames: string[][];
}

/**
 * Runs search passes, best first, on both full-text indexes (Indonesian and English analysis): each entity
 * takes the first pass it matches, and that pass's better score. With `gate`, the fuzzy passes count only
 * when the others found fewer than `LIMITS.searchFewHits` entities. One query for the page, the total and
 * the facets: counts per kind and per source of every hit, the `kinds` filter left out, so a client can
 * narrow or widen.
 */
export async function searchEntities(
  graph: Graph,
  passes: readonly SearchPass[],
  gate: boolean,
  kinds: readonly EntityKind[] | null,
  offset: number,
  limit: number,
): Promise<SearchResultRow> {
  const [row] = await graph.read<SearchResultRow>(
    `CALL () {
       UNWIND range(0, size($passes) - 1) AS rank
       WITH rank WHERE $passes[rank].lucene IS NOT NULL
       CALL (rank) {
         WITH $passes[rank].lucene AS lucene
         CALL db.index.fulltext.queryNodes('entity_search_id', lucene) YIELD node, score RETURN node, score
         UNION ALL
         WITH $passes[rank].lucene AS lucene
         CALL db.index.fulltext.queryNodes('entity_search_en', lucene) YIELD node, score RETURN node, score
       }
       RETURN node, rank, score
       UNION ALL
       UNWIND range(0, size($passes) - 1) AS rank
       WITH rank, $passes[rank].name AS name WHERE name IS NOT NULL
       MATCH (node:Entity) WHERE name IN [a IN node.aliases + node.name | toLower(a)]
       RETURN node, rank, 0.0 AS score
     }
     WITH node AS n, rank, max(score) AS score
     ORDER BY rank, score DESC
     WITH n, collect({ rank: rank, score: score }) AS matches
     // An exact name's hit keeps the score of the best Lucene pass it matched.
     WITH n, matches[0].rank AS rank, reduce(s = 0.0, m IN matches | CASE WHEN m.score > s THEN m.score ELSE s END) AS score
     WITH collect({ n: n, rank: rank, score: score }) AS found
     WITH found, NOT $gate OR size([f IN found WHERE NOT coalesce($passes[f.rank].fuzzy, false)]) < $few AS fuzzy
     WITH fuzzy, [f IN found WHERE fuzzy OR NOT coalesce($passes[f.rank].fuzzy, false)] AS all
     CALL (all) {
       UNWIND all AS f
       WITH f.n.kind AS kind, count(*) AS count ORDER BY count DESC, kind
       RETURN collect({ kind: kind, count: count }) AS kinds
     }
     CALL (all) {
       UNWIND all AS f
       MATCH (e:Evidence {about: f.n.id})
       WITH e.sourceId AS sourceId, count(DISTINCT f.n) AS count ORDER BY count DESC, sourceId
       RETURN collect({ sourceId: sourceId, count: count }) AS sources
     }
     CALL (all) {
       UNWIND [f IN all WHERE $kinds IS NULL OR f.n.kind IN $kinds] AS f
       WITH f ORDER BY f.rank, f.score DESC, f.n.id
       WITH f.n AS n, f
       RETURN collect({ entity: ${entityRow()}, score: f.score, match: $passes[f.rank].match }) AS hits
     }
     WITH fuzzy, kinds, sources, hits,
          [f IN all WHERE coalesce($passes[f.rank].fuzzy, false) | f][0..$suggestionHits] AS fuzzyHits
     RETURN size(hits) AS totalCount, hits[$offset..$offset + $limit] AS hits,
            { kinds: kinds, sources: sources } AS facets, fuzzy AND size(fuzzyHits) > 0 AS fuzzy,
            [f IN fuzzyHits | [f.n.name] + f.n.aliases] AS fuzzyNames`,
    {
      passes: passes.map((p) => ({
        match: p.match,
        lucene: p.lucene ?? null,
        name: p.name ?? null,
        fuzzy: p.fuzzy ?? false,
      })),
      gate,
      few: neo4j.int(LIMITS.searchFewHits),
      suggestionHits: neo4j.int(LIMITS.searchSuggestionHits),
      kinds: kinds?.length ? kinds : null,
      offset: neo4j.int(offset),
      limit: neo4j.int(limit),
    },
  );
  if (!row) throw new Error("search returned no row");
  return row;
}

/** A quote found by evidenceSearch, with every fact (entity or relationship id) it is evidence of. */
export interface QuoteHitRow {
  quote: string;
  start: number;
  end: number;
  sourceId: string;
  supports: string[];
  score: number;
  match: MatchClass;
}

/**
 * Searches the quotes (the `evidence_quote` index) with a plan's Lucene passes, best first; a quote given
 * for several facts is one hit that supports them all. The fuzzy pass counts only when the others found
 * fewer than `LIMITS.searchFewHits` quotes. Ordered by match class, score, source and offset.
 */
export async function searchQuotes(
  graph: Graph,
  passes: readonly SearchPass[],
  offset: number,
  limit: number,
): Promise<{ hits: QuoteHitRow[]; totalCount: number }> {
  const lucene = passes.filter((p) => p.lucene !== undefined);
  const [row] = await graph.read<{ hits: QuoteHitRow[]; totalCount: number }>(
    `UNWIND range(0, size($passes) - 1) AS rank
     CALL (rank) {
       CALL db.index.fulltext.queryNodes('evidence_quote', $passes[rank].lucene) YIELD node, score
       RETURN node, score
     }
     WITH node.sourceId AS sourceId, node.start AS start, node.end AS end, node.quote AS quote,
          collect(DISTINCT node.about) AS supports, rank, max(score) AS score
     ORDER BY rank, score DESC
     WITH sourceId, start, end, quote, collect({ rank: rank, score: score, supports: supports }) AS matches
     WITH sourceId, start, end, quote, matches[0].rank AS rank, matches[0].score AS score,
          reduce(acc = [], m IN matches | acc + [s IN m.supports WHERE NOT s IN acc]) AS supports
     WITH collect({ sourceId: sourceId, start: start, end: end, quote: quote, rank: rank, score: score,
                    supports: supports }) AS found
     WITH found, size([f IN found WHERE NOT $passes[f.rank].fuzzy]) < $few AS fuzzy
     UNWIND [f IN found WHERE fuzzy OR NOT $passes[f.rank].fuzzy] AS f
     WITH f ORDER BY f.rank, f.score DESC, f.sourceId, f.start, f.end
     WITH collect(f { .quote, .start, .end, .sourceId, .score, supports: COLLECT { UNWIND f.supports AS s WITH s ORDER BY s RETURN s }, match: $passes[f.rank].match }) AS hits
     RETURN size(hits) AS totalCount, hits[$offset..$offset + $limit] AS hits`,
    {
      passes: lucene.map((p) => ({ match: p.match, lucene: p.lucene, fuzzy: p.fuzzy ?? false })),
      few: neo4j.int(LIMITS.searchFewHits),
      offset: neo4j.int(offset),
      limit: neo4j.int(limit),
    },
  );
  return row ?? { hits: [], totalCount: 0 };
}
