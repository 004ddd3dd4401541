import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestGraph, dataOf, execute, resetAndSeed } from "../support/graph.js";

interface PathData {
  length: number;
  nodes: { id: string; kind: string }[];
  hops: { relationship: { id: string; type: string; evidence: { quote: string }[] }; forward: boolean }[];
}

const PATH = `length nodes { id kind } hops { forward relationship { id type evidence { quote } } }`;

/** Paths that avoid hubs, pass a chosen entity, offer alternatives; neighbourhoods by type and date. */
describe("paths and neighbourhoods on the seed graph", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  const query = (text: string, variables: Record<string, unknown> = {}) => dataOf(graph, text, variables);
  const paths = async (args: string) =>
    (await query(`{ paths(${args}) { reason paths { ${PATH} } } }`)).paths as {
      reason: string | null;
      paths: PathData[];
    };
  const ids = (p: PathData) => p.nodes.map((n) => n.id);

  it("offers distinct alternatives, shortest first, the same every time, each hop with evidence", async () => {
    const args = `from: "org:unido", to: "org:inalum", maxHops: 6, first: 3`;
    const found = await paths(args);
    expect(found.reason).toBeNull();
    expect(found.paths).toHaveLength(3);
    expect(new Set(found.paths.map((p) => ids(p).join(">"))).size).toBe(3);
    const lengths = found.paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const p of found.paths) {
      expect(ids(p)[0]).toBe("org:unido");
      expect(ids(p).at(-1)).toBe("org:inalum");
      expect(new Set(ids(p)).size).toBe(p.nodes.length);
      for (const hop of p.hops) expect(hop.relationship.evidence.length).toBeGreaterThan(0);
    }
    expect(await paths(args)).toEqual(found);
    // `path` is the first of them.
    const one = await query(`{ path(from: "org:unido", to: "org:inalum", maxHops: 6) { ${PATH} } }`);
    expect(one.path).toEqual(found.paths[0]);
  });

  it("avoids a kind: UNIDO and INALUM meet only through topics, so there is no path without them", async () => {
    const avoid = `from: "org:unido", to: "org:inalum", maxHops: 6, excludeKinds: [Topic]`;
    expect((await query(`{ path(${avoid}) { length } }`)).path).toBeNull();
    const none = await paths(avoid);
    expect(none.paths).toEqual([]);
    expect(none.reason).toBe("no path between org:unido and org:inalum of at most 6 hops, passing no Topic");
    // Where a path without the kind exists, it is taken, and no inner entity is of the kind.
    const around = await paths(
      `from: "org:unido", to: "org:kemenperin", maxHops: 4, first: 5, excludeKinds: [Agreement]`,
    );
    expect(around.paths.length).toBeGreaterThan(0);
    for (const p of around.paths) {
      expect(p.nodes.slice(1, -1).map((n) => n.kind)).not.toContain("Agreement");
    }
    const direct = await paths(`from: "org:unido", to: "org:kemenperin", maxHops: 4, first: 1`);
    expect(direct.paths[0]?.nodes.map((n) => n.kind)).toContain("Agreement");
  });

  it("passes through `via`, walks only the types asked for, and only ties that hold on asOf", async () => {
    const via = await paths(
      `from: "org:unido", to: "org:inalum", maxHops: 6, first: 3, via: "org:kemenperin"`,
    );
    expect(via.paths.length).toBeGreaterThan(0);
    for (const p of via.paths) expect(ids(p).slice(1, -1)).toContain("org:kemenperin");
    const typed = await paths(
      `from: "org:unido", to: "org:kemenperin", maxHops: 4, first: 5, relationshipTypes: [PARTY_TO]`,
    );
    expect(typed.paths.length).toBeGreaterThan(0);
    for (const p of typed.paths)
      expect(new Set(p.hops.map((h) => h.relationship.type))).toEqual(new Set(["PARTY_TO"]));
    // Before any article was published no tie was observed.
    const early = await paths(`from: "org:unido", to: "org:kemenperin", maxHops: 4, asOf: "2000-01-01"`);
    expect(early.paths).toEqual([]);
    expect(early.reason).toMatch(/over ties that hold on 2000-01-01$/);
    const later = await paths(`from: "org:unido", to: "org:kemenperin", maxHops: 4, asOf: "2025-12-31"`);
    expect(later.paths.length).toBeGreaterThan(0);
  });

  it("refuses unknown ids and out-of-range bounds", async () => {
    const via = await execute(
      graph,
      `{ paths(from: "org:unido", to: "org:inalum", via: "org:nope") { reason } }`,
    );
    expect(via.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const many = await execute(graph, `{ paths(from: "org:unido", to: "org:inalum", first: 11) { reason } }`);
    expect(many.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "first" } });
  });

  it("gives a neighbourhood of the relationship types asked for, on a date", async () => {
    const data = await query(`{
      typed: neighborhood(id: "org:kemenperin", relationshipTypes: [UNIT_OF]) { nodes { id } edges { type } }
      all: neighborhood(id: "org:kemenperin") { nodes { id } }
      early: neighborhood(id: "org:kemenperin", asOf: "2000-01-01") { nodes { id } edges { id } }
    }`);
    expect(data.typed.edges.length).toBeGreaterThan(0);
    expect(new Set(data.typed.edges.map((e: { type: string }) => e.type))).toEqual(new Set(["UNIT_OF"]));
    expect(data.typed.nodes.length).toBeLessThan(data.all.nodes.length);
    expect(data.early).toEqual({ nodes: [{ id: "org:kemenperin" }], edges: [] });
  });
});
