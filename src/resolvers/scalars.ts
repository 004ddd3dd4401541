import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { PARTIAL_DATE } from "../domain/dates.js";

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !PARTIAL_DATE.test(value)) {
    throw new GraphQLError(`Date must be YYYY-MM-DD, YYYY-MM or YYYY; got ${JSON.stringify(value)}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date: YYYY-MM-DD, or coarser (YYYY-MM, YYYY).",
  serialize: (value) => parseDate(value),
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string such as "2025-03-05"', {
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    return parseDate(ast.value);
  },
});
