import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { PARTIAL_DATE, partialDateProblem } from "../domain/dates.js";

const bad = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !PARTIAL_DATE.test(value)) {
    const got = value === undefined ? "undefined" : JSON.stringify(value);
    throw bad(
      `Date must be YYYY-MM-DD, YYYY-MM or YYYY; got ${got.length > 40 ? `${got.slice(0, 40)}…` : got}`,
    );
  }
  // The shape lets days through that no month has (2021-02-30).
  const problem = partialDateProblem(value);
  if (problem) throw bad(`Date ${problem}`);
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date: YYYY-MM-DD, or coarser (YYYY-MM, YYYY).",
  serialize: (value) => parseDate(value),
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw bad('Date must be a string such as "2025-03-05"');
    }
    return parseDate(ast.value);
  },
});
