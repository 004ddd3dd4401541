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
import { ConfigError } from "../src/config.js";
import { LocalNeo4jError } from "../src/local-neo4j/install.js";
import { stopInstance, type InstanceOptions } from "../src/local-neo4j/instance.js";
import { commandLine, finishCommand, numberOption, UsageError } from "../src/run-command.js";
import { PreflightError, preflight } from "./soak/checks.js";
import { SoakClient } from "./soak/client.js";
import { describeDatabase, prepareDatabase, type Setup } from "./soak/database.js";
import { soak, type Run } from "./soak/load.js";
import { GcWatch } from "./soak/memory.js";
import { report, type ReportContext } from "./soak/report.js";
import { startServer } from "./soak/server.js";
import { Interrupted, SoakState } from "./soak/state.js";
import { stopProcess } from "./support.js";

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
// Start, run, stop. The parts are in bench/soak/: database.ts (the Neo4j soaked against), server.ts (the
// server under load), checks.ts (what a right answer is, and the preflight), load.ts (the load and its
// samples), memory.ts (what the samples and GC traces say), verdict.ts (PASS or FAIL), report.ts (the
// printed report), client.ts (HTTP), state.ts (stopping on a signal or the server's exit).

async function main(): Promise<number> {
  const state = new SoakState(log);
  state.watch();
  const client = new SoakClient(args.connections, args.timeout * 1000);
  const gc = new GcWatch();
  const setup: Partial<Setup> = {};
  const context: ReportContext = { target: "", graphSize: "", neo4j: "Neo4j", serverStop: "not started" };
  let run: Run | undefined;
  let failure: unknown;
  try {
    const database = await prepareDatabase(setup, args, SOAK_INSTANCE, state, log);
    Object.assign(setup, database);
    state.checkInterrupted();
    Object.assign(context, { target: database.target, ...(await describeDatabase(database.graph)) });
    run = await serveAndSoak(database, client, gc, state);
  } catch (error) {
    failure = error;
  } finally {
    const serverStop = await tearDown(setup, client, state);
    if (serverStop !== undefined) context.serverStop = serverStop;
  }
  if (run) {
    const { text, verdict } = report({ run, context, state, options: args, flat: FLAT });
    console.log(text);
    return verdict.pass ? 0 : 1;
  }
  printFailure(failure);
  return 1;
}

/** Starts the server on the prepared database, checks that it answers the mix, then soaks it. */
async function serveAndSoak(
  database: Setup,
  client: SoakClient,
  gc: GcWatch,
  state: SoakState,
): Promise<Run> {
  const server = await startServer(database.serverEnv, gc, state, log);
  state.checkInterrupted();
  const url = new URL(server.url);
  await preflight(client, url, database.startedInstance === undefined);
  state.checkInterrupted();
  log(
    `Soaking ${url.href} for ${args.duration} s with ${args.connections} connections ` +
      `(warm-up ${args.warmup} s, a sample every ${args.sample} s)...`,
  );
  return soak({ client, url, pid: server.child.pid, gc, state, log }, args);
}

/** Stops what this run started, in order: the load, the server, the driver, the soak Neo4j. How the server stopped, if it ran. */
async function tearDown(
  setup: Partial<Setup>,
  client: SoakClient,
  state: SoakState,
): Promise<string | undefined> {
  state.stopping = true;
  client.destroy();
  let serverStop: string | undefined;
  if (state.server) {
    const how = await stopProcess(state.server.child);
    serverStop = state.serverExit ?? String(how);
  }
  await setup.graph?.close();
  if (setup.startedInstance) await stopInstance(setup.startedInstance, log);
  return serverStop;
}

/** No load ran: the reason on stdout as the verdict line, and the error on stderr unless it was a signal. */
function printFailure(failure: unknown): void {
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
}

finishCommand("npm run soak", main());
