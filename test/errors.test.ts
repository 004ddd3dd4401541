import { GraphQLError } from "graphql";
import { describe, expect, it, vi } from "vitest";
import { formatError } from "../src/errors.js";
import { DatabaseUnavailableError } from "../src/graph/driver.js";

describe("formatError, the one error boundary", () => {
  it("hides an unexpected error behind INTERNAL_SERVER_ERROR", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const formatted = formatError(
      {
        message: "Cannot read properties of undefined (reading 'id') at /work/src/x.ts:12",
        path: ["entity"],
        extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] },
      },
      new Error("Cannot read properties of undefined"),
    );
    expect(formatted).toEqual({
      message: "Internal server error",
      path: ["entity"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("turns an unreachable database into DATABASE_UNAVAILABLE without its address", () => {
    const formatted = formatError(
      { message: "Neo4j at bolt://secret-host:7687 is unavailable" },
      new DatabaseUnavailableError("Neo4j at bolt://secret-host:7687 is unavailable"),
    );
    expect(formatted).toEqual({
      message: "The database is unavailable; try again shortly.",
      extensions: { code: "DATABASE_UNAVAILABLE" },
    });
  });

  it("turns a transaction Neo4j ended while shutting down into DATABASE_UNAVAILABLE", () => {
    for (const code of [
      "Neo.TransientError.Transaction.Terminated",
      "Neo.TransientError.Transaction.LockClientStopped",
    ]) {
      const ended = Object.assign(new Error("The transaction has been terminated."), { code });
      expect(formatError({ message: ended.message }, ended).extensions).toEqual({
        code: "DATABASE_UNAVAILABLE",
      });
    }
  });

  it("turns a query cut off by its timeout into QUERY_TOO_COMPLEX", () => {
    const timedOut = Object.assign(new Error("The transaction has been terminated"), {
      code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
    });
    expect(formatError({ message: "x", path: ["search"] }, timedOut)).toEqual({
      message: "the query took longer than the server allows; ask for less (smaller pages, fewer hops)",
      path: ["search"],
      extensions: { code: "QUERY_TOO_COMPLEX" },
    });
  });

  it("passes known codes through, without stack traces", () => {
    const error = new GraphQLError("first: too big", {
      extensions: { code: "BAD_USER_INPUT", argument: "first" },
    });
    expect(
      formatError(
        {
          message: "first: too big",
          extensions: { code: "BAD_USER_INPUT", argument: "first", stacktrace: ["x"] },
        },
        error,
      ),
    ).toEqual({
      message: "first: too big",
      extensions: { code: "BAD_USER_INPUT", argument: "first" },
    });
  });

  it("does not trust a code outside the closed set", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(formatError({ message: "x", extensions: { code: "TEAPOT" } }, new Error("x")).extensions).toEqual({
      code: "INTERNAL_SERVER_ERROR",
    });
    log.mockRestore();
  });
});
