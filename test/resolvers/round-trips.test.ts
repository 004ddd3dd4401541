import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestGraph, execute, resetAndSeed } from "../support/graph.js";

/**
 * The batching bound: a nested query costs one Cypher query per level of nesting, whatever the number of
 * items. Each level below is one DataLoader batch (one UNWIND query).
 */
describe("Cypher round trips per GraphQL operation", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  const NESTED = `query ($n: Int!) {
    entities(first: $n) {                      # 1: the page
      edges { node {
        name
        evidence { quote source { title } }    # 2: evidence of all entities, 3: their sources
        relationships(first: 5) {              # 4: relationships of all entities (other ends come along)
          edges { node {
            type
            to { name }                        # (primed by 4: no query)
            evidence { quote }                 # 5: evidence of all relationships
          } }
        }
      } }
    }
  }`;

  it("is the same for 1 item and for 50", async () => {
    const one = await execute(graph, NESTED, { n: 1 });
    const fifty = await execute(graph, NESTED, { n: 50 });
    expect(one.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect((fifty.data as { entities: { edges: unknown[] } }).entities.edges).toHaveLength(50);
    expect(fifty.roundTrips).toBe(one.roundTrips);
    expect(fifty.roundTrips).toBe(5);
  });

  it("stays at 1 + the nesting depth of relationship fields", async () => {
    const text = `query ($n: Int!, $filter: EntityFilter) { organizations(first: $n, filter: $filter) { edges { node {
      ... on Organization {
        units { name parent { name } }
        positions(asOf: "2025-03-05") { person { name } organization { name } }
      }
    } } } }`;
    // Kemenperin alone (it has units, whose parent is looked up again), and every organization.
    const one = await execute(graph, text, { n: 1, filter: { type: "MINISTRY" } });
    const all = await execute(graph, text, { n: 10 });
    expect(all.errors).toBeUndefined();
    expect((all.data as { organizations: { edges: unknown[] } }).organizations.edges).toHaveLength(10);
    // 1 page + 1 for units and positions together (one loader) + 1 for the units' parents; people primed.
    expect(one.roundTrips).toBe(3);
    expect(all.roundTrips).toBe(3);
  });

  it("costs one query per level without evidence too", async () => {
    const text = `query ($n: Int!) { entities(first: $n) { edges { node { relationships { edges { node { to { name } } } } } } } }`;
    const one = await execute(graph, text, { n: 1 });
    const fifty = await execute(graph, text, { n: 50 });
    expect([one.roundTrips, fifty.roundTrips]).toEqual([2, 2]);
  });
});
