import { afterAll, describe, expect, inject, it } from "vitest";
import { Graph, DatabaseUnavailableError, isTimeout, isUnavailable } from "../../src/graph/driver.js";
import { connectTestGraph } from "../support/graph.js";

describe("Graph (the driver wrapper) against the real Neo4j", () => {
  const graph = connectTestGraph();
  afterAll(() => graph.close());

  it("talks to Neo4j 5.26.x Community through the project's driver", async () => {
    const [kernel] = await graph.read<{ name: string; versions: string[]; edition: string }>(
      "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition",
    );
    expect(kernel?.name).toBe("Neo4j Kernel");
    expect(kernel?.versions[0]).toMatch(/^5\.26\.\d+$/);
    expect(kernel?.edition).toBe("community");
  });

  it("counts every round trip, per request view", async () => {
    const request = graph.forRequest();
    await request.read("RETURN 1");
    await request.write("RETURN 2");
    expect(request.counter.count).toBe(2);
    expect(graph.forRequest().counter.count).toBe(0);
  });

  it("cuts off a read that runs longer than its timeout", async () => {
    const impatient = Graph.connect({ ...inject("neo4j"), readTimeoutMs: 100 });
    try {
      const error: unknown = await impatient
        .read("UNWIND range(1, 500000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x)")
        .catch((e: unknown) => e);
      expect(isTimeout(error), String(error)).toBe(true);
    } finally {
      await impatient.close();
    }
  });

  it("reports an unreachable server as DatabaseUnavailableError naming where", async () => {
    const nowhere = Graph.connect({ uri: "bolt://127.0.0.1:1", database: "neo4j" });
    try {
      const error: unknown = await nowhere.verify().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect((error as Error).message).toContain("bolt://127.0.0.1:1");
      expect(isUnavailable(error)).toBe(true);
    } finally {
      await nowhere.close();
    }
  });
});
