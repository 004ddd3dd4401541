/**
 * `npm run soak -- [--duration 300] [--connections 8] [--warmup 60] [--sample 5]`: a bounded load and soak
 * on loopback. Starts its own Neo4j (instance `soak`, Bolt 7700, HTTP 7487) with the seed graph, runs the
 * real server (src/main.ts) as a child process, drives a weighted mix of operations (bench/soak-mix.ts)
 * through keep-alive connections for the duration, and samples the server's memory. Prints progress to
 * stderr and a report to stdout ending in "soak: PASS" (exit 0) or "soak: FAIL (why)" (exit 1).
 *
 * PASS means: every response was the expected one (no socket errors or timeouts, no unexpected HTTP status,
 * no unexpected GraphQL error, refusals refused as designed), and memory stayed flat after the warm-up
 * (see FLAT below). Figures are measurements of this machine at that moment; no test depends on them.
 */
import http from "node:http";
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { ConfigError, connectionEnv, loadConfig } from "../src/config.js";
import { connectionFor, Graph } from "../src/graph/driver.js";
import { migrate } from "../src/graph/migrations.js";
import { countGraph } from "../src/graph/write.js";
import { LocalNeo4jError } from "../src/local-neo4j/install.js";
import { startInstance, stopInstance, type InstanceOptions } from "../src/local-neo4j/instance.js";
import { projectRoot } from "../src/project.js";
import { commandLine, finishCommand, numberOption, UsageError } from "../src/run-command.js";
import { loadSeed } from "../src/seed/load.js";
import { SOAK_MIX, type Answer, type SoakOperation } from "./soak-mix.js";
import { percentile, rssMegabytes, startProcess, stopProcess, type StartedProcess } from "./support.js";

const USAGE = `usage: npm run soak -- [--duration 300] [--connections 8] [--warmup 60] [--sample 5]
                        [--rate 0] [--timeout 10] [--reset-external-database]

A bounded load and soak of the real server on its own Neo4j (instance 'soak', Bolt 7700), with a memory
check: ends in "soak: PASS" (exit 0) or "soak: FAIL (why)" (exit 1). See bench/README.md.

options:
  --duration S      seconds of load (default 300)
  --connections N   concurrent keep-alive connections, one request in flight on each (default 8)
  --warmup S        seconds of load before memory is judged (default 60)
  --sample S        seconds between memory samples and progress lines (default 5)
  --rate R          at most R requests a second in all (default 0: as fast as the connections go); a
                    steady rate below what the machine sustains keeps memory comparable over the run
                    when other work shares the machine
  --timeout S       a request with no answer for this long counts as a timeout error (default 10)
  --reset-external-database
                    with NEO4J_URI set: replace everything in that database with the seed graph first
                    (without it, that database must already hold the seed graph, and nothing is written)
  -h, --help        show this help`;

/**
 * What "flat memory" means. Measured first, on this project's 2-core machine:
 *
 * - The server's RSS is a sawtooth of ±30 MB with a period of 20-40 s: V8 lets old space fill up with
 *   garbage before a full collection and gives the pages back after it. One RSS sample, or a least-squares
 *   slope through a few minutes of samples, depends on where in a tooth the samples fall (runs without a
 *   leak gave -3 to +39 MB/min), so that slope is printed but does not decide.
 * - For about the first minute of load the floor of the sawtooth still rises, by up to 18 %, as V8 sizes its
 *   heap to the allocation rate, while the live heap does not: hence the default warm-up of 60 s.
 * - The live heap, what V8 still holds after each full (mark-compact) collection, read from the server's
 *   own --trace-gc lines, stays at 33-36 MB for minutes. Whatever a request leaves behind in JavaScript
 *   ends up there, and it does not move with the tooth.
 *
 * So both of these must hold, comparing the first third of the post-warm-up period with its last third
 * (80 s each with the defaults; a third should stay longer than a tooth, 30 s or more):
 *
 * - The live heap's median grows by at most 10 % (healthy runs: within ±4 %). With the defaults at
 *   ~200 req/s, a request that keeps ~110 bytes (one map entry, one closure) trips it; a longer soak
 *   catches smaller leaks. It takes at least 6 full collections after the warm-up (2 a third) to judge.
 * - The RSS floor, the lowest sample of each third, grows by at most 10 % (healthy runs: +0.5 to +5 %).
 *   Memory outside the JavaScript heap that leaks (buffers, sockets, native code) raises it where the heap
 *   measure cannot see; it trips at ~650 bytes a request with the defaults.
 */
const FLAT = { maxGrowth: 0.1, minFullGcs: 6 };

/** The soak's own Neo4j: not `dev`, `test` (7697), `faults` (7702) or `bench` (7699), so it runs beside any of them. */
const SOAK_INSTANCE: InstanceOptions = {
  name: "soak",
  boltPort: 7700,
  httpPort: 7487,
  heap: "1g",
  pageCache: "256m",
  startTimeoutMs: 180_000,
};

const log = (line: string) => {
  console.error(line);
};

/** The soak's options, checked: a wrong one is a UsageError (one line, exit 2). */
function options(values: {
  duration: string;
  connections: string;
  warmup: string;
  sample: string;
  rate: string;
  timeout: string;
  "reset-external-database": boolean;
}) {
  const chosen = {
    duration: numberOption("duration", values.duration, { min: 1 }),
    connections: numberOption("connections", values.connections, { integer: true, min: 1 }),
    warmup: numberOption("warmup", values.warmup),
    sample: numberOption("sample", values.sample, { min: 0.5 }),
    rate: numberOption("rate", values.rate),
    timeout: numberOption("timeout", values.timeout, { min: 0.1 }),
    resetExternal: values["reset-external-database"],
  };
  // A slope needs a few points: at least three samples after the warm-up (taken as soak() takes them).
  let after = 0;
  for (let k = 1; ; k++) {
    const at = Math.min(k * chosen.sample, chosen.duration);
    if (at >= chosen.warmup) after += 1;
    if (at >= chosen.duration) break;
  }
  if (after < 3) {
    throw new UsageError(
      `--duration (${chosen.duration}) must leave at least three samples after --warmup (${chosen.warmup}), ` +
        `at one every --sample (${chosen.sample}) seconds`,
    );
  }
  return chosen;
}

const args = commandLine(
  {
    name: "npm run soak",
    usage: USAGE,
    options: {
      duration: { type: "string", default: "300" },
      connections: { type: "string", default: "8" },
      warmup: { type: "string", default: "60" },
      sample: { type: "string", default: "5" },
      rate: { type: "string", default: "0" },
      timeout: { type: "string", default: "10" },
      "reset-external-database": { type: "boolean", default: false },
    },
  },
  ({ values }) => options(values),
);

// ---------------------------------------------------------------------------------------------------------
// What is counted per response.

const ERROR_KINDS = [
  "socket error",
  "timeout",
  "unexpected HTTP status",
  "unexpected GraphQL error",
  "wrong answer",
  "wrong refusal",
  "unreadable body",
] as const;
type ErrorKind = (typeof ERROR_KINDS)[number];

interface Problem {
  kind: ErrorKind;
  detail: string;
}

/** Connections the client opened, preflight included: as many as --connections when keep-alive holds. */
let connectionsOpened = 0;

class RequestTimeout extends Error {
  override name = "RequestTimeout";
}

/** Whether one response is the one expected of its operation; the problem when it is not. */
function judge(op: SoakOperation, status: number, text: string): Problem | null {
  let answer: { data?: Answer | null; errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    return { kind: "unreadable body", detail: `HTTP ${status}, not JSON: ${text.slice(0, 200)}` };
  }
  const first = answer.errors?.[0];
  const code = first?.extensions?.code;
  if ("refused" in op.expect) {
    const expected = op.expect.refused;
    if (status !== expected.status || code !== expected.code) {
      return {
        kind: "wrong refusal",
        detail: `HTTP ${status} ${code ?? "without an error"} instead of HTTP ${expected.status} ${expected.code}: ${text.slice(0, 200)}`,
      };
    }
    if (text.includes('"stacktrace"'))
      return { kind: "wrong refusal", detail: "the refusal carries a stack trace" };
    return null;
  }
  if (status !== 200)
    return { kind: "unexpected HTTP status", detail: `HTTP ${status}: ${text.slice(0, 200)}` };
  if (first)
    return { kind: "unexpected GraphQL error", detail: `${code ?? "no code"}: ${first.message ?? ""}` };
  if (!answer.data || !op.expect.check(answer.data))
    return { kind: "wrong answer", detail: text.slice(0, 200) };
  return null;
}

/** One POST over the keep-alive agent: status and body, or a socket error or a timeout. */
function post(
  agent: http.Agent,
  url: URL,
  payload: string,
  timeoutMs: number,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          if (!request.reusedSocket) connectionsOpened += 1;
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString(),
          });
        });
        response.on("error", reject);
      },
    );
    request.setTimeout(timeoutMs, () => {
      request.destroy(new RequestTimeout(`no answer within ${timeoutMs / 1000} s`));
    });
    request.on("error", reject);
    request.end(payload);
  });
}

/** A smooth weighted round-robin: each operation `weight` times per cycle, spread out rather than in runs. */
function rotation(mix: SoakOperation[]): SoakOperation[] {
  const total = mix.reduce((sum, op) => sum + op.weight, 0);
  const current = mix.map(() => 0);
  const sequence: SoakOperation[] = [];
  for (let i = 0; i < total; i++) {
    let best = 0;
    mix.forEach((op, j) => {
      current[j] = (current[j] ?? 0) + op.weight;
      if ((current[j] ?? 0) > (current[best] ?? 0)) best = j;
    });
    current[best] = (current[best] ?? 0) - total;
    const op = mix[best];
    if (op) sequence.push(op);
  }
  return sequence;
}

interface OperationTally {
  requests: number;
  errors: number;
  latencies: number[];
}

class Tally {
  requests = 0;
  errors = 0;
  latencies: number[] = [];
  /** Since the last progress line. */
  interval = { requests: 0, errors: 0, latencies: [] as number[] };
  byKind = new Map<ErrorKind, number>(ERROR_KINDS.map((k) => [k, 0]));
  /** The first few problems of each kind and operation, to show what went wrong. */
  examples = new Map<string, { count: number; detail: string }>();
  byOperation = new Map<string, OperationTally>();

  record(op: SoakOperation, ms: number, problem: Problem | null): void {
    this.requests += 1;
    this.interval.requests += 1;
    this.latencies.push(ms);
    this.interval.latencies.push(ms);
    let perOp = this.byOperation.get(op.name);
    if (!perOp) {
      perOp = { requests: 0, errors: 0, latencies: [] };
      this.byOperation.set(op.name, perOp);
    }
    perOp.requests += 1;
    perOp.latencies.push(ms);
    if (!problem) return;
    this.errors += 1;
    this.interval.errors += 1;
    perOp.errors += 1;
    this.byKind.set(problem.kind, (this.byKind.get(problem.kind) ?? 0) + 1);
    const key = `${problem.kind} · ${op.name}`;
    const example = this.examples.get(key);
    if (example) example.count += 1;
    else this.examples.set(key, { count: 1, detail: problem.detail });
  }

  takeInterval() {
    const taken = this.interval;
    this.interval = { requests: 0, errors: 0, latencies: [] };
    taken.latencies.sort((a, b) => a - b);
    return taken;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Memory: RSS from /proc, and the V8 heap as the server's own --trace-gc lines report it.

interface Sample {
  /** Seconds since the load started (0: before it, at rest). */
  t: number;
  requests: number;
  rps: number;
  p99: number;
  errors: number;
  rssMb: number;
  /** Used V8 heap after the latest garbage collection, when known. */
  heapMb: number | undefined;
}

/**
 * Reads `--trace-gc` lines ("[pid:0xISOLATE] 1234 ms: Scavenge 40.1 (52.0) -> 38.7 (52.0) MB, ..."). tsx's
 * module loader runs in a second isolate that prints too; the server's is the one that collects most.
 */
class GcWatch {
  private isolates = new Map<
    string,
    { collections: number; usedAfterMb: number; fullCollections: number; liveMb?: number }
  >();
  /** Called after each full collection (mark-compact) of the server's isolate, with the heap it left. */
  onFull: ((heapAfterMb: number) => void) | undefined;

  /** Whether the line was a GC trace. */
  read(line: string): boolean {
    const match =
      /^\[\d+:(0x[0-9a-f]+)\]\s+[\d.]+ ms: (.+?) [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/.exec(line);
    if (!match?.[1] || !match[2] || !match[3]) return false;
    const isolate = this.isolates.get(match[1]) ?? { collections: 0, usedAfterMb: 0, fullCollections: 0 };
    isolate.collections += 1;
    isolate.usedAfterMb = Number(match[3]);
    this.isolates.set(match[1], isolate);
    if (match[2].startsWith("Mark-Compact")) {
      isolate.fullCollections += 1;
      isolate.liveMb = isolate.usedAfterMb;
      if (isolate === this.main()) this.onFull?.(isolate.usedAfterMb);
    }
    return true;
  }

  private main() {
    return [...this.isolates.values()].sort((a, b) => b.collections - a.collections)[0];
  }

  heapMb(): number | undefined {
    return this.main()?.usedAfterMb;
  }

  /** The heap the latest full collection left. */
  liveHeapMb(): number | undefined {
    return this.main()?.liveMb;
  }

  counts(): { collections: number; fullCollections: number } {
    const main = this.main();
    return { collections: main?.collections ?? 0, fullCollections: main?.fullCollections ?? 0 };
  }
}

/** Least-squares slope of y over t, per minute (t in seconds). */
function slopePerMinute(points: { t: number; y: number }[]): number {
  const n = points.length;
  const meanT = points.reduce((s, p) => s + p.t, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.t - meanT) * (p.y - meanY), 0);
  const den = points.reduce((s, p) => s + (p.t - meanT) ** 2, 0);
  return den === 0 ? 0 : (num / den) * 60;
}

/** Theil-Sen slope of y over t, per minute: the median of the slopes between every two points. */
function robustSlopePerMinute(points: { t: number; y: number }[]): number {
  const slopes: number[] = [];
  points.forEach((a, i) => {
    for (const b of points.slice(i + 1)) if (b.t !== a.t) slopes.push((b.y - a.y) / (b.t - a.t));
  });
  return median(slopes) * 60;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

// ---------------------------------------------------------------------------------------------------------
// Start, run, stop.

class Interrupted extends Error {
  override name = "Interrupted";
}

/** The server answered the mix wrongly before the load: a message, not a stack trace. */
class PreflightError extends Error {
  override name = "PreflightError";
}

const state = {
  interruptedBy: undefined as NodeJS.Signals | undefined,
  stopping: false,
  server: undefined as StartedProcess | undefined,
  serverExit: undefined as string | undefined,
};
let wakeUp: () => void = () => undefined;
const interruption = new Promise<void>((resolve) => {
  wakeUp = resolve;
});

/** When the first signal came: npm and tsx relay a terminal's Ctrl-C, so one press can arrive two or three times. */
let firstSignalAt = 0;

function onSignal(signal: NodeJS.Signals): void {
  if (state.interruptedBy) {
    if (Date.now() - firstSignalAt < 1000) return;
    log(`${signal} again: exiting now. The soak Neo4j may still run: npm run neo4j -- stop --instance soak`);
    state.server?.child.kill("SIGKILL");
    process.exit(130);
  }
  firstSignalAt = Date.now();
  state.interruptedBy = signal;
  state.stopping = true;
  log(`${signal}: stopping the load, then the server and the soak Neo4j (press again to exit at once).`);
  wakeUp();
}
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);
// A closed pipe (`npm run soak | head`) must not end the run before it has cleaned up.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => undefined);
// The server runs in its own process group (so Ctrl-C reaches us first): never leave it behind.
process.on("exit", () => {
  const child = state.server?.child;
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

function checkInterrupted(): void {
  if (state.interruptedBy) throw new Interrupted(`interrupted by ${state.interruptedBy}`);
}

interface Setup {
  graph: Graph;
  target: string;
  /** The soak instance, when this run started it (and so stops it). */
  startedInstance: string | undefined;
  serverEnv: Record<string, string>;
}

/** The database: the soak instance, wiped and seeded; or the one at NEO4J_URI, seeded only when asked. */
async function prepareDatabase(setup: Partial<Setup>): Promise<Setup> {
  const config = loadConfig();
  const seedDir = `${projectRoot}/seed`;
  if (config.neo4j.mode === "external") {
    log(
      `NEO4J_URI is set: soaking against ${config.neo4j.uri} (database ${config.neo4j.database}); no local Neo4j.`,
    );
    const graph = Graph.connect(connectionFor(config.neo4j));
    setup.graph = graph;
    if (args.resetExternal) {
      log(`--reset-external-database: replacing everything in ${config.neo4j.uri} with the seed graph.`);
      await migrate(graph);
      await loadSeed(graph, seedDir, log, { replace: true });
    } else {
      log("Nothing is written to it: it must hold the seed graph already (checked before the load starts).");
    }
    return { graph, target: config.neo4j.uri, startedInstance: undefined, serverEnv: {} };
  }
  // A fresh data folder every run, so that runs compare: wipe stops a soak instance left running, too.
  const instance = await startInstance(SOAK_INSTANCE, log, { wipe: true });
  setup.startedInstance = SOAK_INSTANCE.name;
  checkInterrupted();
  const graph = Graph.connect(instance.connection);
  setup.graph = graph;
  await migrate(graph);
  checkInterrupted();
  await loadSeed(graph, seedDir, log, { replace: true });
  return {
    graph,
    target: `local instance '${SOAK_INSTANCE.name}' (${instance.boltUri})`,
    startedInstance: SOAK_INSTANCE.name,
    serverEnv: connectionEnv(instance.connection),
  };
}

/** Every body of every operation once: the server must answer the mix as expected before anything is measured. */
async function preflight(agent: http.Agent, url: URL, external: boolean): Promise<void> {
  const problems: string[] = [];
  for (const op of SOAK_MIX) {
    for (const payload of op.bodies) {
      const { status, text } = await post(agent, url, payload, args.timeout * 1000);
      const problem = judge(op, status, text);
      if (problem)
        problems.push(
          `  ${op.name}: ${problem.kind}: ${problem.detail.trim()}\n    request: ${payload.slice(0, 300)}`,
        );
    }
  }
  if (problems.length > 0) {
    throw new PreflightError(
      `the server does not answer the mix as expected, so nothing was measured:\n` +
        problems.slice(0, 10).join("\n") +
        (problems.length > 10 ? `\n  ... and ${problems.length - 10} more` : "") +
        (external
          ? "\nDoes the database at NEO4J_URI hold the seed graph? `npm run seed -- --reset` loads it, or pass --reset-external-database."
          : ""),
    );
  }
}

/**
 * The heap a full collection left: the floor of the sawtooth, where a leak shows first. (RSS read at that
 * moment is no floor: the trace line comes before V8 gives the freed pages back.)
 */
interface AfterFullGc {
  t: number;
  heapMb: number;
}

interface Run {
  tally: Tally;
  samples: Sample[];
  afterFullGc: AfterFullGc[];
  /** The heap the last full collection before the load left, if there was one. */
  liveAtRest: number | undefined;
  seconds: number;
  gc: GcWatch;
}

async function soak(url: URL, agent: http.Agent, gc: GcWatch, pid: number | undefined): Promise<Run> {
  const tally = new Tally();
  const sequence = rotation(SOAK_MIX);
  const nextBody = new Map<SoakOperation, number>();
  const samples: Sample[] = [
    { t: 0, requests: 0, rps: 0, p99: NaN, errors: 0, rssMb: rssMegabytes(pid), heapMb: gc.heapMb() },
  ];
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const afterFullGc: AfterFullGc[] = [];
  const liveAtRest = gc.liveHeapMb();
  gc.onFull = (heapMb) => {
    afterFullGc.push({ t: elapsed(), heapMb });
  };

  // With --rate, requests take turns on one schedule; a connection whose turn has passed goes at once.
  let nextTurn = performance.now();
  /** Whether the load goes on once it is this connection's turn. */
  const waitForTurn = async (): Promise<boolean> => {
    if (args.rate > 0) {
      const turn = Math.max(nextTurn, performance.now());
      nextTurn = turn + 1000 / args.rate;
      const wait = turn - performance.now();
      if (wait > 1) await sleep(Math.round(wait));
    }
    return !state.stopping;
  };

  const worker = async (index: number) => {
    // Each connection starts at its own place in the rotation, so the mix is in flight at every moment.
    let position = Math.floor((index * sequence.length) / args.connections);
    while (!state.stopping) {
      const op = sequence[position % sequence.length];
      position += 1;
      if (!op) continue;
      const turn = nextBody.get(op) ?? 0;
      nextBody.set(op, turn + 1);
      const payload = op.bodies[turn % op.bodies.length] ?? "";
      if (!(await waitForTurn())) break;
      const begin = performance.now();
      let problem: Problem | null;
      try {
        const { status, text } = await post(agent, url, payload, args.timeout * 1000);
        problem = judge(op, status, text);
      } catch (error) {
        problem =
          error instanceof RequestTimeout
            ? { kind: "timeout", detail: error.message }
            : {
                kind: "socket error",
                detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
              };
      }
      tally.record(op, performance.now() - begin, problem);
    }
  };
  const workers = Array.from({ length: args.connections }, (_, i) => worker(i));

  let last = 0;
  for (let k = 1; !state.stopping; k++) {
    const at = Math.min(k * args.sample, args.duration);
    await Promise.race([
      sleep(Math.max(0, Math.round(started + at * 1000 - performance.now()))),
      interruption,
    ]);
    if (state.interruptedBy) break;
    // A timer may fire a fraction of a millisecond early: the sample of `at` counts as taken at `at`.
    const t = Math.max(elapsed(), at);
    const interval = tally.takeInterval();
    let rssMb = NaN;
    try {
      rssMb = rssMegabytes(pid);
    } catch {
      // The server is gone: its exit is reported below.
    }
    const sample: Sample = {
      t,
      requests: tally.requests,
      rps: interval.requests / (t - last),
      p99: percentile(interval.latencies, 99),
      errors: tally.errors,
      rssMb,
      heapMb: gc.heapMb(),
    };
    samples.push(sample);
    last = t;
    const heap = sample.heapMb === undefined ? "" : `  heap ${sample.heapMb.toFixed(1)} MB`;
    log(
      `[${t.toFixed(0).padStart(5)} s] ${sample.requests.toLocaleString("en")} requests  ${sample.rps.toFixed(0)} req/s  ` +
        `p99 ${sample.p99.toFixed(1)} ms  errors ${sample.errors}  RSS ${rssMb.toFixed(1)} MB${heap}` +
        (t < args.warmup ? "  (warm-up)" : ""),
    );
    if (at >= args.duration) break;
  }
  state.stopping = true;
  await Promise.all(workers);
  gc.onFull = undefined;
  return { tally, samples, afterFullGc, liveAtRest, seconds: elapsed(), gc };
}

// ---------------------------------------------------------------------------------------------------------
// The report.

interface Verdict {
  pass: boolean;
  reasons: string[];
}

interface MemorySeries {
  atRest: number | undefined;
  first: { t: number; y: number } | undefined;
  last: { t: number; y: number } | undefined;
  median: number;
  max: number;
  slope: number;
  robustSlope: number;
  /** Lowest of the first and of the last third of the post-warm-up points. */
  floors: [number, number];
  /** Median of the first and of the last third of the post-warm-up points. */
  medians: [number, number];
  count: number;
}

/** The first and the last third of a series (one element each at least). */
function thirds<T>(items: T[]): [T[], T[]] {
  const third = Math.max(1, Math.floor(items.length / 3));
  return [items.slice(0, third), items.slice(items.length - third)];
}

function memorySeries(points: { t: number; y: number }[], atRest: number | undefined): MemorySeries {
  const during = points.filter((p) => p.t > 0 && Number.isFinite(p.y));
  const after = during.filter((p) => p.t >= args.warmup);
  const lowest = (part: { y: number }[]) => (part.length ? Math.min(...part.map((p) => p.y)) : NaN);
  const [firstThird, lastThird] = thirds(after);
  return {
    atRest,
    first: after[0],
    last: after[after.length - 1],
    median: after.length ? median(after.map((p) => p.y)) : NaN,
    max: during.length ? Math.max(...during.map((p) => p.y)) : NaN,
    slope: after.length >= 3 ? slopePerMinute(after) : NaN,
    robustSlope: after.length >= 3 ? robustSlopePerMinute(after) : NaN,
    floors: [lowest(firstThird), lowest(lastThird)],
    medians: [median(firstThird.map((p) => p.y)), median(lastThird.map((p) => p.y))],
    count: after.length,
  };
}

function report(
  run: Run,
  context: { target: string; graphSize: string; neo4j: string; serverStop: string },
): { text: string; verdict: Verdict } {
  const { tally, samples, seconds } = run;
  const mb = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? "n/a" : v.toFixed(1));
  const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "n/a");
  const signed = (v: number) => (Number.isFinite(v) ? `${v >= 0 ? "+" : ""}${v.toFixed(2)}` : "n/a");
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const rps = tally.requests / seconds;
  const rss = memorySeries(
    samples.map((s) => ({ t: s.t, y: s.rssMb })),
    samples[0]?.rssMb,
  );
  const live = memorySeries(
    run.afterFullGc.map((f) => ({ t: f.t, y: f.heapMb })),
    run.liveAtRest,
  );
  const floorGrowth = rss.floors[1] / rss.floors[0] - 1;
  const liveGrowth = live.medians[1] / live.medians[0] - 1;
  // Memory compares like with like only if the load stayed about the same: V8 sizes its young generation
  // and keeps more floating garbage at a higher allocation rate, so a neighbour that stops mid-run (and
  // lets our throughput double) shows as growth.
  const loadThirds = thirds(samples.filter((s) => s.t >= args.warmup && s.t > 0)).map((part) =>
    part.length ? part.reduce((sum, s) => sum + s.rps, 0) / part.length : NaN,
  );
  const loadChange = (loadThirds[1] ?? NaN) / (loadThirds[0] ?? NaN) - 1;
  const steady = Math.abs(loadChange) <= 0.25;
  const unsteadyNote = steady
    ? ""
    : `; the load was not steady, ${loadThirds[0]?.toFixed(0)} → ${loadThirds[1]?.toFixed(0)} req/s: rerun on a quiet machine or with --rate`;
  const bytesPerRequest = (slope: number) =>
    Number.isFinite(slope) && rps > 0
      ? `${((slope * 2 ** 20) / (rps * 60)).toFixed(1)} bytes per request`
      : "";
  const refusedShare =
    SOAK_MIX.filter((op) => "refused" in op.expect).reduce((s, op) => s + op.weight, 0) /
    SOAK_MIX.reduce((s, op) => s + op.weight, 0);

  const reasons: string[] = [];
  if (state.interruptedBy)
    reasons.push(`interrupted by ${state.interruptedBy} after ${seconds.toFixed(0)} s`);
  if (state.serverExit) reasons.push(`the server exited during the load (${state.serverExit})`);
  if (tally.errors > 0) reasons.push(`${tally.errors} errors`);
  if (tally.requests === 0) reasons.push("no request was answered");
  if (rss.count < 3) reasons.push(`only ${rss.count} RSS samples after the warm-up: too few to judge`);
  else if (!(floorGrowth <= FLAT.maxGrowth))
    reasons.push(
      `the RSS floor grew ${(floorGrowth * 100).toFixed(1)} % from the first to the last third after the warm-up ` +
        `(at most ${FLAT.maxGrowth * 100} %${unsteadyNote})`,
    );
  if (live.count < FLAT.minFullGcs)
    reasons.push(
      `only ${live.count} full GCs after the warm-up: too few to judge the live heap (at least ${FLAT.minFullGcs}; run longer)`,
    );
  else if (!(liveGrowth <= FLAT.maxGrowth))
    reasons.push(
      `the live heap grew ${(liveGrowth * 100).toFixed(1)} % from the first to the last third after the warm-up ` +
        `(at most ${FLAT.maxGrowth * 100} %${unsteadyNote})`,
    );
  if (!state.serverExit && context.serverStop !== "0")
    reasons.push(`the server did not stop cleanly on SIGTERM (${context.serverStop})`);
  const verdict = { pass: reasons.length === 0, reasons };

  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const gcCounts = run.gc.counts();
  const lines = [
    `# Soak, ${new Date().toISOString().slice(0, 10)}`,
    "",
    `Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${context.neo4j}.`,
    `Database: ${context.target}, ${context.graphSize}.`,
    `Load: ${args.connections} keep-alive connections on loopback (${connectionsOpened} opened in all), one request in flight on each, ` +
      `for ${seconds.toFixed(0)} s; warm-up ${args.warmup} s; memory sampled every ${args.sample} s; request timeout ${args.timeout} s; ` +
      (args.rate > 0 ? `paced at ${args.rate} req/s in all.` : "not paced (as fast as the connections go)."),
    `Mix: ${SOAK_MIX.length} operations in a weighted rotation (bench/soak-mix.ts), ${(refusedShare * 100).toFixed(0)} % of requests refused by design.`,
    "",
    "## Throughput and latency",
    "",
    `- requests: ${tally.requests.toLocaleString("en")} in ${seconds.toFixed(1)} s, ${rps.toFixed(0)} req/s`,
    `- after the warm-up: ${loadThirds[0]?.toFixed(0)} req/s in the first third, ${loadThirds[1]?.toFixed(0)} in the last ` +
      `(${signed(loadChange * 100)} %: ${steady ? "steady" : "not steady, so memory compares different loads"})`,
    `- latency (ms): p50 ${ms(percentile(sorted, 50))} · p95 ${ms(percentile(sorted, 95))} · p99 ${ms(percentile(sorted, 99))} · max ${ms(sorted[sorted.length - 1] ?? NaN)}`,
    "",
    `## Errors: ${tally.errors}`,
    "",
    "| kind | count |",
    "| --- | ---: |",
    ...ERROR_KINDS.map((kind) => `| ${kind} | ${tally.byKind.get(kind) ?? 0} |`),
    ...(tally.examples.size
      ? [
          "",
          "First of each:",
          "",
          ...[...tally.examples].map(([key, e]) => `- ${key} (${e.count}×): ${e.detail}`),
        ]
      : []),
    "",
    "## Memory of the server process",
    "",
    "RSS from /proc every sample; live heap: V8 heap used after each full (mark-compact) GC, from the server's --trace-gc lines.",
    "",
    "| | RSS (MB) | live heap (MB) |",
    "| --- | ---: | ---: |",
    `| at rest, before the load | ${mb(rss.atRest)} | ${mb(live.atRest)} |`,
    `| first after the warm-up | ${mb(rss.first?.y)} (t = ${rss.first?.t.toFixed(0) ?? "?"} s) | ${mb(live.first?.y)} (t = ${live.first?.t.toFixed(0) ?? "?"} s) |`,
    `| last | ${mb(rss.last?.y)} (t = ${rss.last?.t.toFixed(0) ?? "?"} s) | ${mb(live.last?.y)} (t = ${live.last?.t.toFixed(0) ?? "?"} s) |`,
    `| median after the warm-up | ${mb(rss.median)} | ${mb(live.median)} |`,
    `| max during the load | ${mb(rss.max)} | ${mb(live.max)} |`,
    `| points after the warm-up | ${rss.count} | ${live.count} |`,
    `| least-squares slope after the warm-up | ${signed(rss.slope)} MB/min | ${signed(live.slope)} MB/min |`,
    `| Theil-Sen slope after the warm-up | ${signed(rss.robustSlope)} MB/min | ${signed(live.robustSlope)} MB/min (${bytesPerRequest(live.robustSlope)}) |`,
    `| first third → last third after the warm-up | **lowest ${mb(rss.floors[0])} → ${mb(rss.floors[1])} (${signed(floorGrowth * 100)} %)** | **median ${mb(live.medians[0])} → ${mb(live.medians[1])} (${signed(liveGrowth * 100)} %)** |`,
    "",
    `Flat (the figures in bold): from the first to the last third after the warm-up, neither the RSS floor nor the ` +
      `live heap grows by more than ${FLAT.maxGrowth * 100} %. The slopes are shown but do not decide: RSS is a sawtooth ` +
      "that follows the heap between full GCs (bench/soak.ts explains the choice). " +
      `The server collected garbage ${gcCounts.collections} times, ${gcCounts.fullCollections} of them full, from its start.`,
    `The server stopped on SIGTERM after the load with: ${context.serverStop === "0" ? "exit 0" : context.serverStop}.`,
    "",
    "## Per operation",
    "",
    "| operation | weight | expected | requests | p50 ms | p99 ms | errors |",
    "| --- | ---: | --- | ---: | ---: | ---: | ---: |",
    ...SOAK_MIX.map((op) => {
      const t = tally.byOperation.get(op.name) ?? { requests: 0, errors: 0, latencies: [] };
      const l = [...t.latencies].sort((a, b) => a - b);
      const expected =
        "refused" in op.expect ? `HTTP ${op.expect.refused.status} ${op.expect.refused.code}` : "data";
      return `| ${op.name} | ${op.weight} | ${expected} | ${t.requests.toLocaleString("en")} | ${ms(percentile(l, 50))} | ${ms(percentile(l, 99))} | ${t.errors} |`;
    }),
    "",
    "## Samples",
    "",
    "| t (s) | requests | req/s (interval) | p99 ms (interval) | errors | RSS MB | heap after latest GC MB |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...samples.map(
      (s) =>
        `| ${s.t.toFixed(0)}${s.t === 0 ? " (at rest)" : s.t < args.warmup ? " (warm-up)" : ""} | ${s.requests.toLocaleString("en")} | ` +
        `${s.t === 0 ? "" : s.rps.toFixed(0)} | ${s.t === 0 ? "" : ms(s.p99)} | ${s.errors} | ${mb(s.rssMb)} | ${mb(s.heapMb)} |`,
    ),
    "",
    "## Live heap after each full GC",
    "",
    `(t in s: MB) ${run.afterFullGc.map((f) => `${f.t.toFixed(0)}: ${mb(f.heapMb)}`).join(", ") || "none"}`,
    "",
    verdict.pass ? "soak: PASS" : `soak: FAIL (${reasons.join("; ")})`,
  ];
  return { text: lines.join("\n"), verdict };
}

async function main(): Promise<number> {
  const setup: Partial<Setup> = {};
  const agent = new http.Agent({ keepAlive: true, maxSockets: args.connections });
  const gc = new GcWatch();
  let run: Run | undefined;
  let context = { target: "", graphSize: "", neo4j: "Neo4j", serverStop: "not started" };
  let failure: unknown;
  try {
    Object.assign(setup, await prepareDatabase(setup));
    const graph = setup.graph;
    if (!graph) throw new Error("no database");
    checkInterrupted();
    const { version, edition } = await graph.verify();
    const counts = await countGraph(graph);
    context = {
      target: setup.target ?? "",
      graphSize: `${counts.nodes} nodes and ${counts.relationships} relationships`,
      neo4j: `Neo4j ${version} ${edition}`,
      serverStop: "not started",
    };

    log("Starting the server (node --trace-gc --import tsx src/main.ts)...");
    state.server = await startProcess(
      ["src/main.ts"],
      {
        ...setup.serverEnv,
        HOST: "127.0.0.1",
        PORT: "0",
        SEED_ON_START: "false",
        // Reads are public in the soak, whatever the shell that runs it has set.
        API_KEYS: "",
        READ_ACCESS: "public",
      },
      {
        nodeArgs: ["--trace-gc"],
        detached: true,
        onLine: (line) => {
          if (!gc.read(line) && line.trim()) log(`  server: ${line}`);
        },
      },
    );
    const child = state.server.child;
    child.once("exit", (code, signal) => {
      if (state.stopping) return;
      state.serverExit = `exit ${code ?? signal}`;
      state.stopping = true;
      log(`The server exited during the load (${state.serverExit}).`);
      wakeUp();
    });
    checkInterrupted();
    const url = new URL(state.server.url);
    await preflight(agent, url, setup.startedInstance === undefined);
    checkInterrupted();
    log(
      `Soaking ${url.href} for ${args.duration} s with ${args.connections} connections ` +
        `(warm-up ${args.warmup} s, a sample every ${args.sample} s)...`,
    );
    run = await soak(url, agent, gc, child.pid);
  } catch (error) {
    failure = error;
  } finally {
    state.stopping = true;
    agent.destroy();
    if (state.server) {
      const how = await stopProcess(state.server.child);
      context.serverStop = state.serverExit ?? String(how);
    }
    await setup.graph?.close();
    if (setup.startedInstance) await stopInstance(setup.startedInstance, log);
  }
  if (run) {
    const { text, verdict } = report(run, context);
    console.log(text);
    return verdict.pass ? 0 : 1;
  }
  if (failure instanceof Interrupted) {
    console.log(`soak: FAIL (${failure.message} before the load started)`);
  } else if (
    failure instanceof ConfigError ||
    failure instanceof LocalNeo4jError ||
    failure instanceof PreflightError
  ) {
    console.error(`error: ${failure.message}`);
    console.log(`soak: FAIL (${failure.message.split("\n")[0]?.replace(/[:,]$/, "")})`);
  } else {
    console.error(failure);
    console.log(`soak: FAIL (${failure instanceof Error ? failure.message.split("\n")[0] : "error"})`);
  }
  return 1;
}

finishCommand("npm run soak", main());
