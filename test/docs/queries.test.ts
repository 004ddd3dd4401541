import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDocQueries } from "../../scripts/doc-queries.js";
import { connectTestGraph, execute, resetAndSeed } from "../support/graph.js";

/** Every query documented in docs/queries.md gives the answer printed there. */
describe("docs/queries.md", () => {
  const graph = connectTestGraph();
  const queries = readDocQueries();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  it("documents at least 12 research queries", () => {
    expect(queries.length).toBeGreaterThanOrEqual(12);
  });

  it.each(queries.map((q) => [q.title, q] as const))("%s", async (_title, q) => {
    const result = await execute(graph, q.query);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual(q.answer);
  });
});
