import { getIntrospectionQuery, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/limits.js";
import { MaxCostRule, operationCost } from "../../src/validation/MaxCostRule.js";
import { fanOut, schemaTimes } from "../support/amplifying-documents.js";
import { errorsOf, expectErrors, expectValid, schema } from "./harness.js";

const cost = (query: string, variables?: Record<string, unknown>) =>
  operationCost(schema, parse(query), undefined, variables);

describe("MaxCostRule", () => {
  it("costs a fragment as the fields it holds, under whatever page size it is spread", () => {
    const fragment = "fragment E on EntityConnection { totalCount edges { node { id } } }";
    const spread = `{ a: entities(first: 5) { ...E } b: entities(first: 50) { ...E } } ${fragment}`;
    const inline =
      "{ a: entities(first: 5) { edges { node { id } } } b: entities(first: 50) { edges { node { id } } } }";
    // (1 + 5 × 2) + (1 + 50 × 2).
    expect(cost(spread)).toBe(112);
    expect(cost(inline)).toBe(112);
  });

  it("takes page sizes from literals, variables, the operation's defaults and the schema's", () => {
    const query = "query ($n: Int = 7) { entities(first: $n) { edges { node { id } } } }";
    expect(cost(query)).toBe(15);
    expect(cost(query, { n: 3 })).toBe(7);
    // Variables that do not fit are refused at execution; here none counts (the schema's default, 20).
    expect(cost(query, { n: "three" })).toBe(41);
    // The schema's default page (20), and a limit that sizes a subgraph's nodes.
    expect(cost("{ entities { edges { node { id } } } }")).toBe(41);
    expect(cost('{ neighborhood(id: "x", limit: 4) { nodes { id } } }')).toBe(5);
  });

  it("refuses a fan-out of fragments holding objects, without walking it", () => {
    expectErrors(MaxCostRule({}), fanOut(8, 10, "stats { entities }"), [
      `the operation could return about 100000000 objects; at most ${LIMITS.maxCost} are allowed ` +
        "(ask for smaller pages with first or limit, or fewer nested lists)",
    ]);
  });

  it("bounds introspection apart: the standard query passes, the schema asked for three times does not", () => {
    const standard = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true });
    expect(cost(standard)).toBe(0);
    expectValid(MaxCostRule({}), standard);
    expectValid(MaxCostRule({}), schemaTimes(2));
    expect(errorsOf(MaxCostRule({}), schemaTimes(3))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^the operation's introspection could return about \\d+ objects; at most ${LIMITS.introspection.maxCost} are allowed`,
        ),
      ),
    ]);
  });

  it("measures only the operation that runs, with its variables", () => {
    const query = `query Small { stats { entities } }
      query Large($n: Int = 100) { entities(first: $n) { edges { node { relationships(first: $n) { edges { node { to { id } } } } } } } }`;
    expectValid(MaxCostRule({ operationName: "Small" }), query);
    expectValid(MaxCostRule({ operationName: "Large", variables: { n: 10 } }), query);
    expect(errorsOf(MaxCostRule({ operationName: "Large" }), query)).toHaveLength(1);
  });
});
