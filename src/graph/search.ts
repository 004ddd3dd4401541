import neo4j from "neo4j-driver";
import type { EntityKind } from "../generated/resolvers-types.js";
import type { Graph } from "./driver.js";
import { ENTITY_ROW, type EntityRow } from "./rows.js";

/**
 * Turns what a person typed into a Lucene query: Lucene's syntax characters are dropped so nothing typed
 * can change the query's structure; every word must match, exactly (analysed, so stems and stop words
 * work) or as the start of a word, in the name or an alias (weighted up) or the description. Returns null
 * when nothing searchable is left.
 */
export function toLuceneQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, " ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return null;
  return words.map((w) => `+(name:(${w} ${w}*)^4 aliases:(${w} ${w}*)^4 description:(${w} ${w}*))`).join(" ");
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
     WITH collect({ entity: ${ENTITY_ROW}, score: score }) AS hits
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
