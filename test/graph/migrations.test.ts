import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../src/graph/migrations.js";
import { connectTestGraph, resetAndSeed } from "../support/graph.js";

/**
 * The model's new relationship types (OWNS, BUILDS, IMPLEMENTS) get their id constraints on a graph loaded
 * before them, and migrating again changes nothing: the new kind properties are optional, so a graph loaded
 * by an older seed needs no data upgrade.
 */
describe("migrations for facilities, figures and regulations", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  const constraints = async () =>
    (await graph.write<{ name: string }>("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name")).map(
      (r) => r.name,
    );
  const counts = async () =>
    graph.write<{ nodes: number; ties: number }>(
      "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS ties",
    );

  it("adds the new types' constraints to an existing graph, idempotently", async () => {
    for (const type of ["OWNS", "BUILDS", "IMPLEMENTS"])
      await graph.write(`DROP CONSTRAINT relationship_id_${type} IF EXISTS`);
    expect(await constraints()).not.toContain("relationship_id_OWNS");
    const before = await counts();
    await migrate(graph);
    const once = await constraints();
    expect(once).toEqual(
      expect.arrayContaining([
        "relationship_id_OWNS",
        "relationship_id_BUILDS",
        "relationship_id_IMPLEMENTS",
      ]),
    );
    await migrate(graph);
    expect(await constraints()).toEqual(once);
    expect(await counts()).toEqual(before);
  });
});
