import { buildSchema, parse, validate, type ValidationRule } from "graphql";
import { expect } from "vitest";
import { loadTypeDefs } from "../../src/schema.js";

/**
 * The shared harness of the rules' tests (as graphql-js's validation/__tests__/harness.ts): a rule run
 * alone over the project's schema, on a document that graphql-js's own rules accept, since that is what
 * the rules see in the server (they run once validation has passed).
 */
export const schema = buildSchema(loadTypeDefs());

/** The messages `rule` reports for `query`. */
export function errorsOf(rule: ValidationRule, query: string): string[] {
  const document = parse(query);
  expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  return validate(schema, document, [rule]).map((e) => e.message);
}

export function expectValid(rule: ValidationRule, query: string): void {
  expect(errorsOf(rule, query)).toEqual([]);
}

export function expectErrors(rule: ValidationRule, query: string, messages: string[]): void {
  expect(errorsOf(rule, query)).toEqual(messages);
}
