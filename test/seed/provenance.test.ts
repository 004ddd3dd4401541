import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestGraph, resetAndSeed } from "../support/graph.js";

/** Provenance, checked on the graph as loaded in Neo4j rather than on the files. */
describe("evidence in the loaded graph", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  it("has every quote verbatim in its source text at its offsets", async () => {
    const rows = await graph.read<{ id: string; quote: string; start: number; end: number; text: string }>(
      "MATCH (e:Evidence)-[:FROM]->(s:Source) RETURN e.id AS id, e.quote AS quote, e.start AS start, e.end AS end, s.text AS text",
    );
    expect(rows.length).toBeGreaterThan(300);
    for (const row of rows) expect(row.text.slice(row.start, row.end), row.id).toBe(row.quote);
  });

  it("gives every statement one quote, verbatim at its offsets in its own source, and a speaker", async () => {
    const rows = await graph.read<{
      id: string;
      quotes: { quote: string; start: number; end: number; text: string; sourceId: string }[];
      sourceId: string;
      speakers: number;
    }>(
      `MATCH (st:Statement)
       RETURN st.id AS id, st.sourceId AS sourceId, COUNT { (st)-[:SAID_BY]->(:Entity) } AS speakers,
              COLLECT { MATCH (e:Evidence {about: st.id})-[:FROM]->(s:Source)
                        RETURN e { .quote, .start, .end, text: s.text, sourceId: s.id } } AS quotes`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const row of rows) {
      expect(row.speakers, row.id).toBe(1);
      expect(row.quotes, row.id).toHaveLength(1);
      const [q] = row.quotes;
      expect(q?.sourceId, row.id).toBe(row.sourceId);
      expect(q?.text.slice(q.start, q.end), row.id).toBe(q?.quote);
    }
  });

  it("gives every entity and every relationship evidence", async () => {
    const unsupported = await graph.read<{ id: string }>(
      `CALL () {
         MATCH (n:Entity) RETURN n.id AS id
         UNION
         MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id
       }
       WITH id WHERE id IS NULL OR NOT EXISTS { MATCH (:Evidence {about: id}) }
       RETURN id`,
    );
    expect(unsupported).toEqual([]);
  });

  it("has no dangling references: every evidence is about something and from a source", async () => {
    const dangling = await graph.read<{ id: string }>(
      `MATCH (e:Evidence)
       WHERE NOT EXISTS { MATCH (e)-[:FROM]->(:Source) }
          OR (NOT EXISTS { MATCH (n:Entity {id: e.about}) } AND NOT EXISTS { MATCH ()-[r {id: e.about}]->() }
              AND NOT EXISTS { MATCH (:Statement {id: e.about}) })
       RETURN e.id AS id`,
    );
    expect(dangling).toEqual([]);
  });

  it("has unique ids across entities, relationships and sources", async () => {
    const [row] = await graph.read<{ total: number; distinct: number }>(
      `CALL () {
         MATCH (n:Entity) RETURN n.id AS id
         UNION ALL MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id
         UNION ALL MATCH (s:Source) RETURN s.id AS id
       }
       RETURN count(id) AS total, count(DISTINCT id) AS distinct`,
    );
    expect(row?.total).toBeGreaterThan(250);
    expect(row?.distinct).toBe(row?.total);
  });
});
