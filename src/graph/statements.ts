import neo4j, { type ManagedTransaction } from "neo4j-driver";
import type { StatementRecord } from "../model/records.js";
import type { Graph } from "./driver.js";
import { onOrBefore } from "./lists.js";
import type { StatementRow } from "./rows.js";

/**
 * Statements in Neo4j: (:Statement {id, paraphrase, stance, date, dateDerived, sourceId}) with
 * -[:SAID_BY]->(speaker), -[:ABOUT]->(entity) and -[:SAID_AT]->(place); its quote is an Evidence node about
 * its id, from its source, as every fact's is. A Statement is not an :Entity, so entity lists, search,
 * relationships and paths leave it out.
 */

/** The statement ties, a closed set spliced into the Cypher below. */
export const STATEMENT_TIES = ["SAID_BY", "ABOUT", "SAID_AT"] as const;

/** The projection every read returns (rows.ts's StatementRow). */
const STATEMENT_ROW = `s { .id, .paraphrase, .stance, .date, .dateDerived, .sourceId,
  speakerId: COLLECT { MATCH (s)-[:SAID_BY]->(x:Entity) RETURN x.id }[0],
  placeId: COLLECT { MATCH (s)-[:SAID_AT]->(p:Entity) RETURN p.id }[0],
  aboutIds: COLLECT { MATCH (s)-[:ABOUT]->(a:Entity) RETURN a.id ORDER BY a.id } }`;

/** Statements in date order (undated last), then by id: stable across pages. */
const ORDER = "s.date IS NULL, s.date, s.id";

/**
 * Writes statements inside the caller's transaction, batched: a statement written again takes its new
 * fields and ties (a corrected import replaces them). Every end must exist (the compiler and the planner
 * check it); a missing one refuses the whole transaction rather than drop a tie silently.
 */
export async function writeStatements(
  tx: ManagedTransaction,
  statements: readonly StatementRecord[],
): Promise<void> {
  if (statements.length === 0) return;
  const rows = statements.map((s) => ({
    id: s.id,
    speaker: s.speaker,
    paraphrase: s.paraphrase,
    stance: s.stance ?? null,
    date: s.date ?? null,
    dateDerived: s.dateDerived,
    sourceId: s.sourceId,
    about: s.about,
    place: s.place ?? null,
  }));
  const result = await tx.run(
    `UNWIND $rows AS row
     MATCH (speaker:Entity {id: row.speaker})
     MERGE (s:Statement {id: row.id})
     SET s.paraphrase = row.paraphrase, s.stance = row.stance, s.date = row.date,
         s.dateDerived = row.dateDerived, s.sourceId = row.sourceId
     WITH s, row, speaker
     CALL (s) { MATCH (s)-[old:SAID_BY|ABOUT|SAID_AT]->() DELETE old }
     MERGE (s)-[:SAID_BY]->(speaker)
     WITH s, row
     CALL (s, row) {
       UNWIND row.about AS aboutId
       MATCH (e:Entity {id: aboutId})
       MERGE (s)-[:ABOUT]->(e)
       RETURN count(e) AS abouts
     }
     CALL (s, row) {
       OPTIONAL MATCH (p:Entity {id: row.place})
       FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (s)-[:SAID_AT]->(p))
       RETURN count(p) AS places
     }
     RETURN count(s) AS written, sum(abouts) AS abouts, sum(places) AS places`,
    { rows },
  );
  const record = result.records[0];
  const expected = {
    written: rows.length,
    abouts: rows.reduce((n, r) => n + r.about.length, 0),
    places: rows.filter((r) => r.place !== null).length,
  };
  for (const [key, count] of Object.entries(expected)) {
    const got = Number(record?.get(key) ?? 0);
    if (got !== count) throw new Error(`statements: ${count - got} ${key} lack an entity to tie to`);
  }
}

/** Statements by their ids, in the order of `ids`, null where there is none. */
export async function statementsByIds(
  graph: Graph,
  ids: readonly string[],
): Promise<(StatementRow | null)[]> {
  const rows = await graph.read<{ s: StatementRow }>(
    `UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN ${STATEMENT_ROW} AS s`,
    { ids },
  );
  const byId = new Map(rows.map((r) => [r.s.id, r.s]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * The statements tied to each of several entities by one tie (SAID_BY: what they said; ABOUT: what was
 * said about them), in key order, each list in date order: one query for the batch.
 */
export async function statementsOf(
  graph: Graph,
  tie: "SAID_BY" | "ABOUT",
  ids: readonly string[],
): Promise<StatementRow[][]> {
  const rows = await graph.read<{ id: string; statements: StatementRow[] }>(
    `UNWIND $ids AS id
     MATCH (s:Statement)-[:${tie}]->(:Entity {id: id})
     WITH id, s ORDER BY ${ORDER}
     RETURN id, collect(${STATEMENT_ROW}) AS statements`,
    { ids },
  );
  const byId = new Map(rows.map((r) => [r.id, r.statements]));
  return ids.map((id) => byId.get(id) ?? []);
}

export interface StatementFilter {
  /** The speaker's id. */
  by?: string | null;
  /** An entity the statement is about. */
  about?: string | null;
  /** Inclusive, on the statement's date; coarse dates compare by their common part. */
  from?: string | null;
  to?: string | null;
}

const CONDITIONS: Record<keyof StatementFilter, string> = {
  by: "EXISTS { MATCH (s)-[:SAID_BY]->(:Entity {id: $by}) }",
  about: "EXISTS { MATCH (s)-[:ABOUT]->(:Entity {id: $about}) }",
  from: `(s.date IS NOT NULL AND ${onOrBefore("$from", "s.date")})`,
  to: `(s.date IS NOT NULL AND ${onOrBefore("s.date", "$to")})`,
};

/** One page of the statements that pass every filter given, in date order, with their total count. */
export async function listStatements(
  graph: Graph,
  filter: StatementFilter,
  offset: number,
  limit: number,
): Promise<{ rows: StatementRow[]; totalCount: number }> {
  const given = (Object.keys(CONDITIONS) as (keyof StatementFilter)[]).filter(
    (k) => filter[k] !== undefined && filter[k] !== null,
  );
  const where = given.length > 0 ? `WHERE ${given.map((k) => CONDITIONS[k]).join(" AND ")}` : "";
  const [row] = await graph.read<{ totalCount: number; rows: StatementRow[] }>(
    `CALL () { MATCH (s:Statement) ${where} RETURN count(s) AS totalCount }
     CALL () {
       MATCH (s:Statement) ${where}
       WITH s ORDER BY ${ORDER} SKIP $offset LIMIT $limit
       RETURN collect(${STATEMENT_ROW}) AS rows
     }
     RETURN totalCount, rows`,
    { ...filter, offset: neo4j.int(offset), limit: neo4j.int(limit) },
  );
  return row ?? { rows: [], totalCount: 0 };
}
