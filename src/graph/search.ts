import neo4j from "neo4j-driver";
import type { EntityKind } from "../model/kinds.js";
import { LIMITS } from "../limits.js";
import { ok, refused, type Result } from "../model/problems.js";
import type { Graph } from "./driver.js";
import { entityRow, type EntityRow } from "./rows.js";

/**
 * Turns what a person typed into a Lucene query: Lucene's syntax characters are dropped so nothing typed
 * can change the query's structure, and so are the analyzers' stop words ("dan", "of"), which would
 * otherwise be required and match nothing. Every remaining word must match, exactly (analysed, so stems
 * work) or as the start of a word, in the name or an alias (weighted up) or the description.
 */
export function toLuceneQuery(text: string, stopWords: ReadonlySet<string>): Result<string> {
  if (text.length > LIMITS.searchLength) return refused(`must be at most ${LIMITS.searchLength} characters`);
  const words = text
    .toLowerCase()
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, " ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return refused("must contain at least one letter or digit");
  if (words.length > LIMITS.searchWords) return refused(`must be at most ${LIMITS.searchWords} words`);
  const meaningful = words.filter((w) => !stopWords.has(w));
  if (meaningful.length === 0) return refused("has only common words such as 'dan' or 'the'; add a name");
  return ok(
    meaningful.map((w) => `+(name:(${w} ${w}*)^4 aliases:(${w} ${w}*)^4 description:(${w} ${w}*))`).join(" "),
  );
}

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
}

/**
 * Searches both full-text indexes (Indonesian and English analysis) and keeps each entity's better score:
 * one query for the page and the total.
 */
export async function searchEntities(
  graph: Graph,
  typed: string,
  lucene: string,
  kinds: readonly EntityKind[] | null,
  offset: number,
  limit: number,
): Promise<{ hits: SearchHitRow[]; totalCount: number }> {
  const [row] = await graph.read<{ totalCount: number; hits: SearchHitRow[] }>(
    // An entity whose name or alias is exactly what was typed ("Kemenperin", "UNIDO") comes first.
    `CALL () {
       CALL db.index.fulltext.queryNodes('entity_search_id', $lucene) YIELD node, score RETURN node, score
       UNION ALL
       CALL db.index.fulltext.queryNodes('entity_search_en', $lucene) YIELD node, score RETURN node, score
     }
     WITH node AS n, max(score) AS score
     WHERE $kinds IS NULL OR n.kind IN $kinds
     WITH n, score + CASE WHEN $exact IN [name IN n.aliases + n.name | toLower(name)] THEN 100 ELSE 0 END AS score
     WITH n, score ORDER BY score DESC, n.id
     WITH collect({ entity: ${entityRow()}, score: score }) AS hits
     RETURN size(hits) AS totalCount, hits[$offset..$offset + $limit] AS hits`,
    {
      lucene,
      exact: typed.trim().toLowerCase(),
      kinds: kinds?.length ? kinds : null,
      offset: neo4j.int(offset),
      limit: neo4j.int(limit),
    },
  );
  return row ?? { hits: [], totalCount: 0 };
}
