import { getIntrospectionQuery } from "graphql";
import { describe, it } from "vitest";
import { LIMITS } from "../../src/limits.js";
import { MaxDepthRule } from "../../src/validation/MaxDepthRule.js";
import { deepInlineFragments, deepThroughFragments, fanOut } from "../support/amplifying-documents.js";
import { expectErrors, expectValid } from "./harness.js";

/** `__type { ofType { ofType … { name } } }`: 1 + `levels` + 1 deep. */
const ofTypes = (levels: number) =>
  `{ __type(name: "Entity") { ${"ofType { ".repeat(levels)}name${" }".repeat(levels)} } }`;

describe("MaxDepthRule", () => {
  const rule = MaxDepthRule({ maxDepth: 4, introspection: { maxDepth: 6 } });

  it("counts fields, not fragments, and allows the limit itself", () => {
    // entity { ... on Organization { parent { parent { id } } } }: 4.
    expectValid(rule, '{ entity(id: "x") { ... on Organization { parent { parent { id } } } } }');
    expectErrors(
      rule,
      '{ entity(id: "x") { ... on Organization { parent { parent { parent { id } } } } } }',
      ["the operation is nested 5 deep; at most 4 is allowed"],
    );
    expectValid(rule, deepInlineFragments(200));
  });

  it("measures each fragment once, however often and however deep it is spread", () => {
    // Each level spreads the one below twice: 2^30 paths, 32 deep.
    expectErrors(MaxDepthRule(), deepThroughFragments(30), [
      `the operation is nested 32 deep; at most ${LIMITS.maxDepth} is allowed`,
    ]);
    expectValid(MaxDepthRule(), deepThroughFragments(LIMITS.maxDepth - 2));
    expectValid(MaxDepthRule(), fanOut(30, 10));
  });

  it("bounds introspection apart: the standard query passes, endless ofType does not", () => {
    for (const options of [
      {},
      { descriptions: false },
      {
        descriptions: true,
        specifiedByUrl: true,
        inputValueDeprecation: true,
        schemaDescription: true,
        directiveIsRepeatable: true,
      },
    ]) {
      // 15 deep, more than the data's 12.
      expectValid(MaxDepthRule(), getIntrospectionQuery(options));
    }
    expectValid(rule, ofTypes(4));
    expectErrors(rule, ofTypes(5), ["the operation's introspection is nested 7 deep; at most 6 is allowed"]);
    expectErrors(MaxDepthRule(), ofTypes(100), [
      `the operation's introspection is nested 102 deep; at most ${LIMITS.introspection.maxDepth} is allowed`,
    ]);
  });

  it("does not let introspection hide data nested too deep beside it", () => {
    expectErrors(rule, `{ __schema { queryType { name } } ${deepThroughFragments(3).slice(1)}`, [
      "the operation is nested 5 deep; at most 4 is allowed",
    ]);
  });
});
