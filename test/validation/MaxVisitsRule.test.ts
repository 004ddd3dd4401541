import { getIntrospectionQuery } from "graphql";
import { describe, expect, it } from "vitest";
import { readDocQueries } from "../../scripts/doc-queries.js";
import { LIMITS } from "../../src/limits.js";
import { MaxVisitsRule } from "../../src/validation/MaxVisitsRule.js";
import { fanOut, fragmentChain, manySpreads } from "../support/amplifying-documents.js";
import { errorsOf, expectErrors, expectValid } from "./harness.js";

describe("MaxVisitsRule", () => {
  it("counts every selection once its fragments are spread out", () => {
    // 2 stats fields + 2 spreads + 2 × (entities, relationships) = 8.
    const query = "{ a: stats { ...S } b: stats { ...S } } fragment S on Stats { entities relationships }";
    expectValid(MaxVisitsRule({ maxVisits: 8 }), query);
    expectErrors(MaxVisitsRule({ maxVisits: 7 }), query, [
      "the operation has about 8 selections once its fragments are spread out; at most 7 are allowed " +
        "(spread each fragment fewer times)",
    ]);
  });

  it("refuses the issue's fan-out of fragments, measuring each fragment once", () => {
    // 10^8 __typename, 10^8 + ... + 10 spreads, 1 spread at the top.
    expectErrors(MaxVisitsRule(), fanOut(8), [
      `the operation has about 211111111 selections once its fragments are spread out; at most ${LIMITS.maxVisits} ` +
        "are allowed (spread each fragment fewer times)",
    ]);
    // 400 fragments spreading the one before twice: about 3 × 2^400 selections, counted without visiting them.
    expect(errorsOf(MaxVisitsRule(), fragmentChain(400))[0]).toMatch(/about 7\.7\d*e\+120 selections/);
    expect(errorsOf(MaxVisitsRule(), manySpreads(1000, 30))).toHaveLength(1);
  });

  it("leaves room for the standard introspection query and every documented query", () => {
    const rule = MaxVisitsRule({ maxVisits: LIMITS.maxVisits / 10 });
    expectValid(rule, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    for (const { query } of readDocQueries()) expectValid(rule, query);
  });
});
