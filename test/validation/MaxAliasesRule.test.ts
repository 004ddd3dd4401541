import { describe, it } from "vitest";
import { MaxAliasesRule } from "../../src/validation/MaxAliasesRule.js";
import { expectErrors, expectValid } from "./harness.js";

const aliased = (count: number) => Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(" ");

describe("MaxAliasesRule", () => {
  const rule = MaxAliasesRule({ maxAliases: 3 });

  it("accepts the limit and refuses one more", () => {
    expectValid(rule, `{ ${aliased(3)} }`);
    expectErrors(rule, `{ ${aliased(4)} }`, ["the operation has 4 aliased fields; at most 3 are allowed"]);
  });

  it("counts a fragment's aliases as written, however often it is spread", () => {
    expectValid(rule, `{ a: stats { ...S } b: stats { ...S } } fragment S on Stats { x: entities }`);
    expectErrors(rule, `{ a: stats { ...S } } fragment S on Stats { x: entities y: entities z: entities }`, [
      "the operation has 4 aliased fields; at most 3 are allowed",
    ]);
  });
});
