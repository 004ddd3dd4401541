import { describe, it } from "vitest";
import { KnownOperationTypesRule } from "../../src/validation/KnownOperationTypesRule.js";
import { expectErrors, expectValid } from "./harness.js";

describe("KnownOperationTypesRule", () => {
  it("accepts queries and mutations, which the schema has", () => {
    expectValid(KnownOperationTypesRule, "{ __typename }");
    expectValid(KnownOperationTypesRule, "mutation { __typename }");
  });

  it("refuses a subscription, which it has not", () => {
    expectErrors(KnownOperationTypesRule, 'subscription { entity(id: "org:inalum") { id } }', [
      "the schema has no subscription operations",
    ]);
  });
});
