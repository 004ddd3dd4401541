import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { isTimeout, isUnavailable } from "./graph/driver.js";

/**
 * The closed set of error codes clients see in `extensions.code`. docs/errors.md says when each is used.
 */
export const ERROR_CODES = [
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "DATABASE_UNAVAILABLE",
  "QUERY_TOO_COMPLEX",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "INTERNAL_SERVER_ERROR",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error with a code from the closed set (and an HTTP status where one fits). */
export function codedError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** A refused argument: the message names it, and `extensions.argument` carries its name. */
export function badUserInput(argument: string, message: string): GraphQLError {
  return codedError("BAD_USER_INPUT", `${argument}: ${message}`, { argument });
}

export function notFound(what: string): GraphQLError {
  return codedError("NOT_FOUND", `${what} not found`);
}

/**
 * The one error boundary: known codes pass through, a database that cannot be reached becomes
 * DATABASE_UNAVAILABLE, and anything else becomes INTERNAL_SERVER_ERROR without its internals.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isTimeout(original)) {
    return {
      message: "the query took longer than the server allows; ask for less (smaller pages, fewer hops)",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "QUERY_TOO_COMPLEX" },
    };
  }
  if (isUnavailable(original)) {
    return {
      message: "The database is unavailable; try again shortly.",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "DATABASE_UNAVAILABLE" },
    };
  }
  // graphql-js reports its token limit as a syntax error; to clients it is an operation that is too large.
  if (
    formatted.extensions?.code === "GRAPHQL_PARSE_FAILED" &&
    /more th(?:an|at) \d+ (?:lexical )?tokens/.test(formatted.message)
  ) {
    return {
      message: formatted.message.replace(/^Syntax Error: /, ""),
      extensions: { code: "QUERY_TOO_COMPLEX" },
    };
  }
  // Apollo refuses a few malformed requests before they run with an HTTP 4xx status but no code (a persisted
  // query whose hash does not match its text, an unsupported persisted-query version): bad requests, not bugs.
  if (isUncodedClientError(original)) {
    return { message: formatted.message, extensions: { code: "BAD_REQUEST" } };
  }
  const code = formatted.extensions?.code;
  if (
    typeof code === "string" &&
    (ERROR_CODES as readonly string[]).includes(code) &&
    code !== "INTERNAL_SERVER_ERROR"
  ) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error("internal error:", original);
  return {
    message: "Internal server error",
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

/** A GraphQL error without a code whose HTTP status (`extensions.http`, as Apollo sets it) is 4xx. */
function isUncodedClientError(error: unknown): boolean {
  // Checked by shape, not instanceof: Apollo's copy of graphql's GraphQLError may not be ours.
  const extensions = (error as { extensions?: { code?: unknown; http?: { status?: unknown } } } | null)
    ?.extensions;
  const status = extensions?.http?.status;
  return extensions?.code === undefined && typeof status === "number" && status >= 400 && status < 500;
}
