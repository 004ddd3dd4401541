/**
 * The one runner of the project's commands (`npm run neo4j | seed | seed:check | import | query | apikey |
 * bench | soak`): `--help` prints the usage; an unknown option or a missing argument is one line and exit
 * 2; every expected failure (configuration, Neo4j, seed files, input files) is one `error: ...` message
 * and exit 1. Anything else is a bug, and is printed with its stack.
 */
import { readFileSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { ConfigError } from "./config.js";
import { DatabaseRefusedError, DatabaseUnavailableError, isUnavailable } from "./graph/driver.js";
import { LocalNeo4jError } from "./local-neo4j/install.js";
import { SeedError } from "./seed/compile.js";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>
>;

export interface CommandSpec<O extends Options> {
  /** How a person runs it: `npm run import`. */
  name: string;
  /** What --help prints: a `usage:` line, what the command does, and its options. */
  usage: string;
  options: O;
  /** Its positional arguments, by name; a name ending in `?` may be left out (`["QUERY", "VARIABLES?"]`). */
  positionals?: readonly string[];
}

export interface CommandLine<O extends Options> {
  values: Parsed<O>["values"];
  positionals: string[];
}

/** The command line is wrong: the message says how (exit 2). */
export class UsageError extends Error {
  override name = "UsageError";
}

/** An expected failure the command explains in its message (exit 1): a file it cannot use, an answer with errors. */
export class CommandError extends Error {
  override name = "CommandError";
}

const EXPECTED = [
  CommandError,
  ConfigError,
  LocalNeo4jError,
  SeedError,
  DatabaseRefusedError,
  DatabaseUnavailableError,
];
/** Node's errors for a file that cannot be read or written. */
const FILE_ERRORS = new Set(["ENOENT", "EACCES", "EISDIR", "ENOTDIR", "EPERM"]);

/** The message of an expected failure, or undefined for a bug. */
export function explainError(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  if (EXPECTED.some((type) => error instanceof type)) return error.message;
  const { code, path } = error as NodeJS.ErrnoException;
  if (code !== undefined && FILE_ERRORS.has(code)) {
    return path === undefined ? fileErrorReason(error) : `${path}: ${fileErrorReason(error)}`;
  }
  if (isUnavailable(error)) return `Neo4j is unavailable: ${error.message.split("\n")[0] ?? ""}`;
  return undefined;
}

/** "ENOENT: no such file or directory, open 'x.yaml'" is "no such file or directory". */
function fileErrorReason(error: Error): string {
  return error.message.replace(/^[A-Z]+: /, "").replace(/, \w+( '.*')?$/, "");
}

/** A text file a command was given; one that cannot be read is a CommandError naming it. */
export function readInputFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof Error && code !== undefined && FILE_ERRORS.has(code)) {
      throw new CommandError(`${file}: ${fileErrorReason(error)}`);
    }
    throw error;
  }
}

/** Parses the command line strictly; throws UsageError. `--help` (or `-h`) is added to every command. */
export function parseCommandLine<O extends Options>(
  spec: CommandSpec<O>,
  argv: string[],
): CommandLine<O> & { help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...spec.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { help, ...values } = parsed.values as { help?: boolean } & Parsed<O>["values"];
  const { positionals } = parsed;
  if (help) return { values: values as Parsed<O>["values"], positionals, help: true };
  const names = spec.positionals ?? [];
  const required = names.filter((n) => !n.endsWith("?"));
  if (positionals.length < required.length) {
    throw new UsageError(`missing ${required.slice(positionals.length).join(" and ")}`);
  }
  if (positionals.length > names.length) {
    throw new UsageError(`unexpected argument '${positionals[names.length] ?? ""}'`);
  }
  return { values: values as Parsed<O>["values"], positionals, help: false };
}

/** node:util's parse errors in one short line ("unknown option '--x'"), without its advice on '--'. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return `unknown option '${/'([^']+)'/.exec(message)?.[1] ?? message}'`;
  }
  return (message.split(". ")[0] ?? message).replace(/^Option/, "option");
}

function exitWithUsageError(name: string, error: UsageError): never {
  console.error(`${name}: ${error.message} (${name} -- --help shows the usage)`);
  process.exit(2);
}

/**
 * The command line of `spec`, read by `read` (which may throw UsageError), for a program that reads it at
 * the top of its module (bench, soak): prints the usage and exits for `--help`, and exits with one line
 * when it is wrong.
 */
export function commandLine<O extends Options, T = CommandLine<O>>(
  spec: CommandSpec<O>,
  read: (line: CommandLine<O>) => T = (line) => line as T,
): T {
  try {
    const line = parseCommandLine(spec, process.argv.slice(2));
    if (line.help) {
      console.log(spec.usage);
      process.exit(0);
    }
    return read(line);
  } catch (error) {
    if (error instanceof UsageError) exitWithUsageError(spec.name, error);
    throw error;
  }
}

/** An option's value as a number of at least `min` (an integer if asked); UsageError otherwise. */
export function numberOption(
  name: string,
  text: string,
  { min = 0, integer = false }: { min?: number; integer?: boolean } = {},
): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw new UsageError(
      `--${name} must be ${integer ? "an integer" : "a number"} of at least ${min}, got '${text}'`,
    );
  }
  return value;
}

/**
 * Waits for a command's work and exits with the code it resolves with (a number; 0 for anything else),
 * or explains its failure.
 */
export function finishCommand(name: string, work: Promise<unknown>): void {
  work.then(
    (code) => process.exit(typeof code === "number" ? code : 0),
    (error: unknown) => {
      if (error instanceof UsageError) exitWithUsageError(name, error);
      const message = explainError(error);
      if (message === undefined) console.error(error);
      else console.error(`error: ${message}`);
      process.exit(1);
    },
  );
}

/**
 * Parses the command line, runs `main` with it, and exits: the whole life of a command. `main` returns
 * (or resolves with) the exit code, or nothing for 0.
 */
export function runCommand<O extends Options>(
  spec: CommandSpec<O>,
  main: (line: CommandLine<O>) => unknown,
): void {
  const line = commandLine(spec);
  finishCommand(
    spec.name,
    Promise.resolve().then(() => main(line)),
  );
}
