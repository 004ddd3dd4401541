/**
 * Helpers shared by the benchmark (bench/run.ts) and the soak (bench/soak.ts): starting a server process and
 * waiting for its "ready at URL" line, stopping it, reading its memory, percentiles.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { projectRoot } from "../src/project.js";

export interface StartedProcess {
  child: ChildProcess;
  url: string;
}

export interface StartOptions {
  /** Node flags before `--import tsx` (e.g. `--trace-gc`). */
  nodeArgs?: string[];
  /** Its own process group, so that a Ctrl-C in the terminal reaches only us and we stop it in order. */
  detached?: boolean;
  /** Every line of its stdout, before and after the ready line. */
  onLine?: (line: string) => void;
  timeoutMs?: number;
}

/** Starts a server process (`node --import tsx <args>`) and waits for the "ready at URL" line it prints. */
export async function startProcess(
  args: string[],
  env: Record<string, string>,
  { nodeArgs = [], detached = false, onLine, timeoutMs = 300_000 }: StartOptions = {},
): Promise<StartedProcess> {
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
    detached,
  });
  const url = await new Promise<string>((resolve, reject) => {
    // What it printed until it is ready, for the error message; nothing is kept after that.
    let output = "";
    let ready = false;
    let partial = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(`${args.join(" ")} printed no "ready at" line within ${timeoutMs / 1000} s: ${output}`),
      );
    }, timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        onLine?.(line);
        if (ready) continue;
        output += `${line}\n`;
        const match = /ready at (\S+)/.exec(line);
        if (match?.[1]) {
          ready = true;
          output = "";
          clearTimeout(timer);
          resolve(match[1]);
        }
      }
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(" ")} exited with ${code ?? signal}: ${output}`));
    });
  });
  return { child, url };
}

/**
 * SIGTERM (a graceful stop), then SIGKILL if it has not exited within `timeoutMs` (longer than the 20 s the
 * server gives requests in flight). Resolves with how it
 * ended: its exit code, or the signal that ended it.
 */
export async function stopProcess(child: ChildProcess, timeoutMs = 30_000): Promise<number | NodeJS.Signals> {
  const ended = () => child.exitCode ?? child.signalCode;
  const already = ended();
  if (already !== null) return already;
  const exited = new Promise<number | NodeJS.Signals>((resolve) => {
    child.once("exit", (code, signal) => {
      resolve(code ?? signal ?? "SIGKILL");
    });
  });
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const how = await exited;
  clearTimeout(timer);
  return how;
}

/** Resident memory of a process, from /proc (Linux). */
export function rssMegabytes(pid: number | undefined): number {
  if (pid === undefined) throw new Error("the process has no pid");
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Nearest-rank percentile of an ascending array (NaN when empty). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
