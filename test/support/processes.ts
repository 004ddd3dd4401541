import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { projectRoot } from "../../src/project.js";

/** A child process of this project (`node --import tsx <script>`), with everything it printed so far. */
export interface ProjectProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/**
 * Runs one of the project's entry points as `node --import tsx`: one process, so signals sent to it reach
 * the program itself (npm and npx would stand in between).
 */
export function spawnProject(args: string[], env: Record<string, string>): ProjectProcess {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, output: () => output, exited };
}

/** Polls `check` every 100 ms until it returns a value, failing with `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** `npm start`'s server (src/main.ts) on a free port; resolves once it prints the address it serves. */
export async function startServerProcess(
  env: Record<string, string>,
): Promise<ProjectProcess & { url: string }> {
  const server = spawnProject(["src/main.ts"], { PORT: "0", SEED_ON_START: "false", ...env });
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code));
  const url = await waitFor(`the server to be ready; it printed:\n${server.output()}`, () => {
    if (exitCode !== undefined) throw new Error(`the server exited with ${exitCode}:\n${server.output()}`);
    return /ready at (\S+)/.exec(server.output())?.[1];
  });
  return { ...server, url };
}

/** POSTs a GraphQL operation; the HTTP status and the parsed body. */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ status: number; body: GraphQLBody }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}
