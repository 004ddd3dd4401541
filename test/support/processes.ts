import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { inject } from "vitest";
import { connectionEnv } from "../../src/config.js";
import { projectRoot } from "../../src/project.js";

/** A child process of this project (`node --import tsx <script>`), with everything it printed so far. */
export interface ProjectProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/** Settings of the shell that would change what the tests expect; a test sets them itself where it needs to. */
const PINNED_ENV: Record<string, string> = {
  NEO4J_DATABASE: "neo4j",
  API_KEYS: "",
  READ_ACCESS: "public",
  SEED_ON_START: "false",
  QUERY_TIMEOUT_SECONDS: "15",
};

/**
 * Runs one of the project's entry points as `node --import tsx`: one process, so signals sent to it reach
 * the program itself (npm and npx would stand in between). It uses the run's Neo4j, logged in, unless
 * `env` names another (NEO4J_URI with its NEO4J_USERNAME / NEO4J_PASSWORD).
 */
export function spawnProject(args: string[], env: Record<string, string>): ProjectProcess {
  return watch(
    spawn(process.execPath, ["--import", "tsx", ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...PINNED_ENV, ...connectionEnv(inject("neo4j")), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
}

/** Runs a project entry point to its end (see spawnProject): its exit code, stdout and stderr apart. */
export async function runProject(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = spawnProject(args, env);
  let stdout = "";
  let stderr = "";
  run.child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  run.child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await run.exited;
  return { code, stdout, stderr };
}

/**
 * Runs `npm <args>` as a user does, in a process group of its own (so that a test can signal the whole
 * group, as a terminal or a process manager does), with the local Neo4j: NEO4J_URI is removed from the
 * environment. `closed` resolves once every process holding its output has exited.
 */
export function spawnNpm(
  args: string[],
  env: Record<string, string>,
): ProjectProcess & { closed: Promise<void> } {
  const { NEO4J_URI: _external, ...inherited } = process.env;
  const child = spawn("npm", args, {
    cwd: projectRoot,
    env: { ...inherited, ...PINNED_ENV, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const closed = new Promise<void>((resolve) =>
    child.on("close", () => {
      resolve();
    }),
  );
  return { ...watch(child), closed };
}

function watch(child: ChildProcess): ProjectProcess {
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, output: () => output, exited };
}

/** Free TCP ports on 127.0.0.1, as the system hands them out (for servers a test starts on its own). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => net.createServer());
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve) =>
          server.listen(0, "127.0.0.1", () => {
            resolve((server.address() as net.AddressInfo).port);
          }),
        ),
    ),
  );
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/**
 * Polls `check` every 100 ms until it returns a value; after `timeoutMs` fails, saying it waited for `what`
 * (a function, to show what a process printed by then).
 */
export async function waitFor<T>(
  what: string | (() => string),
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${typeof what === "string" ? what : what()}`);
    await sleep(100);
  }
}

/** A condition for waitFor: `true` once `condition` holds. */
export const once = (condition: boolean): true | undefined => (condition ? true : undefined);

/**
 * `npm start`'s server (src/main.ts) on a free port; resolves once it prints the address it serves. A server
 * that is not ready in time is killed.
 */
export async function startServerProcess(
  env: Record<string, string>,
): Promise<ProjectProcess & { url: string }> {
  const server = spawnProject(["src/main.ts"], { PORT: "0", ...env });
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code));
  try {
    const url = await waitFor(
      () => `the server to be ready; it printed:\n${server.output()}`,
      () => {
        if (exitCode !== undefined)
          throw new Error(`the server exited with ${exitCode}:\n${server.output()}`);
        return /ready at (\S+)/.exec(server.output())?.[1];
      },
    );
    return { ...server, url };
  } catch (error) {
    server.child.kill("SIGKILL");
    throw error;
  }
}
