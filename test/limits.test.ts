import { buildSchema, getIntrospectionQuery, parse } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { readDocQueries } from "../scripts/doc-queries.js";
import { LIMITS } from "../src/limits.js";
import { operationCost } from "../src/validation/MaxCostRule.js";
import { loadTypeDefs } from "../src/schema.js";
import { fanOut } from "./support/amplifying-documents.js";
import { connectTestGraph, execute } from "./support/graph.js";

/** Operations too large are refused with QUERY_TOO_COMPLEX before anything runs. */
describe("operation limits", () => {
  const graph = connectTestGraph();
  afterAll(() => graph.close());

  const codeAndMessage = async (query: string) => {
    const result = await execute(graph, query);
    return {
      code: result.errors?.[0]?.extensions?.code,
      message: result.errors?.[0]?.message,
      roundTrips: result.roundTrips,
    };
  };

  it("refuses nesting deeper than the limit, and allows the limit itself", async () => {
    // entity { ... on Organization { parent { ... parent { id } } } }: depth = 2 + parents.
    const nest = (depth: number) => {
      let inner = "id";
      for (let i = 0; i < depth - 2; i++) inner = `... on Organization { parent { ${inner} } }`;
      return `{ entity(id: "org:ilmate") { ${inner} } }`;
    };
    const deep = await codeAndMessage(nest(LIMITS.maxDepth + 1));
    expect(deep.code).toBe("QUERY_TOO_COMPLEX");
    expect(deep.message).toMatch(new RegExp(`nested \\d+ deep; at most ${LIMITS.maxDepth} is allowed`));
    expect(deep.roundTrips).toBe(0);
    const fine = await codeAndMessage(nest(LIMITS.maxDepth));
    expect(fine.code).toBeUndefined();
  });

  it("refuses too many aliases", async () => {
    const fields = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { entities }`).join(
      " ",
    );
    const refused = await codeAndMessage(`{ ${fields} }`);
    expect(refused).toMatchObject({ code: "QUERY_TOO_COMPLEX", roundTrips: 0 });
    expect(refused.message).toBe(
      `the operation has ${LIMITS.maxAliases + 1} aliased fields; at most ${LIMITS.maxAliases} are allowed`,
    );
  });

  it("refuses a document with too many tokens", async () => {
    const refused = await codeAndMessage(`{ ${"__typename ".repeat(LIMITS.maxTokens)} }`);
    expect(refused.code).toBe("QUERY_TOO_COMPLEX");
    expect(refused.message).toMatch(/more th(?:an|at) 5000 (?:lexical )?tokens/);
  });

  describe("cost", () => {
    const schema = buildSchema(loadTypeDefs());
    const cost = (query: string, variables?: Record<string, unknown>) =>
      operationCost(schema, parse(query), undefined, variables);
    // Two nested pages: entities, and each one's relationships.
    const twoHops = (first: string) =>
      `query Hops${first.startsWith("$") ? "($first: Int! = 50)" : ""} { entities(first: ${first}) {
        totalCount edges { node { id relationships(first: ${first}) { edges { node { type to { name } } } } } } } }`;

    it("counts every object an answer can hold, lists multiplied by first, limit or an assumed size", () => {
      expect(cost("{ stats { entities } }")).toBe(1);
      // entities 1 + 5 edges × (edge 1 + node 1).
      expect(cost("{ entities(first: 5) { edges { node { id } } } }")).toBe(11);
      // The schema default (first: 20) when the argument is left out, and the value of a variable.
      expect(cost("{ entities { edges { node { id } } } }")).toBe(41);
      expect(cost("query($n: Int!) { entities(first: $n) { edges { node { id } } } }", { n: 3 })).toBe(7);
      // A list without first or limit (evidence) counts LIMITS.assumedListSize.
      expect(cost('{ entity(id: "x") { evidence { quote } } }')).toBe(1 + LIMITS.assumedListSize);
      // Fragments count like the fields they hold; an out-of-range first counts as the largest page.
      expect(
        cost('{ entity(id: "x") { ...F } } fragment F on Entity { ... on Organization { units { id } } }'),
      ).toBe(1 + LIMITS.assumedListSize);
      expect(cost("{ entities(first: 100000) { edges { node { id } } } }")).toBe(201);
    });

    it("refuses an operation over the limit before it runs, and allows pages that fit", async () => {
      const refused = await codeAndMessage(twoHops("100"));
      expect(refused).toMatchObject({ code: "QUERY_TOO_COMPLEX", roundTrips: 0 });
      expect(refused.message).toBe(
        `the operation could return about ${cost(twoHops("100"))} objects; at most ${LIMITS.maxCost} are allowed ` +
          "(ask for smaller pages with first or limit, or fewer nested lists)",
      );
      expect(cost(twoHops("100"))).toBeGreaterThan(LIMITS.maxCost);
      // The same operation with its variable's default (50 per page) fits; sent as 100, it does not.
      expect(cost(twoHops("$first"))).toBe(cost(twoHops("50")));
      expect(cost(twoHops("$first"))).toBeLessThanOrEqual(LIMITS.maxCost);
      expect((await codeAndMessage(twoHops("$first"))).code).toBeUndefined();
      expect(cost(twoHops("$first"), { first: 100 })).toBe(cost(twoHops("100")));
      // A default written in the operation counts too: it is what runs when the variable is left out.
      const defaultHundred = twoHops("$first").replace("= 50", "= 100");
      expect((await codeAndMessage(defaultHundred)).code).toBe("QUERY_TOO_COMPLEX");
    });

    it("leaves room for every documented research query", () => {
      const costs = readDocQueries().map((q) => ({ title: q.title, cost: cost(q.query) }));
      const largest = Math.max(...costs.map((c) => c.cost));
      console.log(`largest cost of a documented query: ${largest} (limit ${LIMITS.maxCost})`);
      expect(largest * 2).toBeLessThanOrEqual(LIMITS.maxCost);
    });
  });

  it("refuses a fan-out of fragments before anything runs, and answers the standard introspection query", async () => {
    const refused = await codeAndMessage(fanOut(8));
    expect(refused).toMatchObject({ code: "QUERY_TOO_COMPLEX", roundTrips: 0 });
    expect(refused.message).toMatch(
      /^the operation has about 211111111 selections once its fragments are spread out/,
    );
    const introspection = await execute(graph, getIntrospectionQuery({ descriptions: true }));
    expect(introspection.errors).toBeUndefined();
  });

  it("refuses a page larger than 100", async () => {
    expect((await codeAndMessage(`{ entities(first: 101) { totalCount } }`)).code).toBe("BAD_USER_INPUT");
  });
});
