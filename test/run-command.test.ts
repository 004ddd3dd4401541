import { describe, expect, it } from "vitest";
import { ConfigError } from "../src/config.js";
import { DatabaseUnavailableError } from "../src/graph/driver.js";
import {
  CommandError,
  explainError,
  numberOption,
  parseCommandLine,
  readInputFile,
  UsageError,
} from "../src/run-command.js";

const QUERY = {
  name: "npm run query",
  usage: "usage: npm run query -- OPERATION [VARIABLES]",
  options: { "dry-run": { type: "boolean", default: false } },
  positionals: ["OPERATION", "VARIABLES?"],
} as const;

/** The one CLI runner: strict command lines and expected failures as one message. */
describe("parseCommandLine", () => {
  it("reads options and positionals, and asks for help", () => {
    expect(parseCommandLine(QUERY, ["{ a }", "--dry-run"])).toEqual({
      values: { "dry-run": true },
      positionals: ["{ a }"],
      help: false,
    });
    expect(parseCommandLine(QUERY, ["-h"]).help).toBe(true);
    // --help wins over a missing argument: a person asking for the usage gets it.
    expect(parseCommandLine(QUERY, ["--help"]).help).toBe(true);
  });

  it.each([
    [["--nope"], "unknown option '--nope'"],
    [["-x", "q"], "unknown option '-x'"],
    [[], "missing OPERATION"],
    [["q", "{}", "extra"], "unexpected argument 'extra'"],
    [["q", "--dry-run=yes"], "option '--dry-run' does not take an argument"],
  ])("refuses %j in one line: %s", (argv, message) => {
    expect(() => parseCommandLine(QUERY, argv)).toThrow(new UsageError(message));
  });
});

describe("explainError", () => {
  it("gives the message of an expected failure, and nothing for a bug", async () => {
    expect(explainError(new ConfigError("invalid configuration: PORT"))).toBe("invalid configuration: PORT");
    expect(explainError(new DatabaseUnavailableError("Neo4j at x is unavailable"))).toBe(
      "Neo4j at x is unavailable",
    );
    expect(explainError(new TypeError("x is undefined"))).toBeUndefined();
    const enoent = await import("node:fs/promises").then((fs) =>
      fs.readFile("/nowhere/at-all").catch((e: unknown) => e),
    );
    expect(explainError(enoent)).toBe("/nowhere/at-all: no such file or directory");
  });

  it("reads an input file, or names it in a CommandError", () => {
    expect(() => readInputFile("/nowhere/file.yaml")).toThrow(
      new CommandError("/nowhere/file.yaml: no such file or directory"),
    );
  });
});

describe("numberOption", () => {
  it("takes numbers within bounds only", () => {
    expect(numberOption("duration", "2.5", { min: 1 })).toBe(2.5);
    expect(() => numberOption("connections", "2.5", { min: 1, integer: true })).toThrow(
      "--connections must be an integer of at least 1, got '2.5'",
    );
    expect(() => numberOption("duration", "", { min: 1 })).toThrow("got ''");
    expect(() => numberOption("duration", "0", { min: 1 })).toThrow(UsageError);
  });
});
