/**
 * The load (bench/soak.ts): `--connections` loops send the mix (bench/soak-mix.ts) in a weighted rotation
 * for `--duration` seconds, each response judged and tallied, while a sample of throughput, latency and
 * memory is taken every `--sample` seconds.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { SOAK_MIX, type SoakOperation } from "../soak-mix.js";
import { percentile, rssMegabytes } from "../support.js";
import { ask, ERROR_KINDS, type ErrorKind, type Problem } from "./checks.js";
import type { SoakClient } from "./client.js";
import type { AfterFullGc, GcWatch, MemoryRecord, Sample } from "./memory.js";
import type { Log, SoakState } from "./state.js";

/** How the load runs: the parsed command line (bench/soak.ts), seconds and counts. */
export interface LoadOptions {
  duration: number;
  connections: number;
  warmup: number;
  sample: number;
  /** Requests a second in all; 0: as fast as the connections go. */
  rate: number;
  timeout: number;
}

/** A smooth weighted round-robin: each operation `weight` times per cycle, spread out rather than in runs. */
export function rotation(mix: SoakOperation[]): SoakOperation[] {
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

export interface OperationTally {
  requests: number;
  errors: number;
  latencies: number[];
}

export class Tally {
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

/** What the load drives and watches. */
export interface LoadTarget {
  client: SoakClient;
  url: URL;
  /** The server's process, whose RSS is sampled. */
  pid: number | undefined;
  gc: GcWatch;
  state: SoakState;
  log: Log;
}

export interface Run extends MemoryRecord {
  tally: Tally;
  seconds: number;
  gc: GcWatch;
  /** Connections the client opened, preflight included. */
  connectionsOpened: number;
}

const secondsSince = (start: number) => (performance.now() - start) / 1000;

/** The load from start to end (or to a signal, or to the server's exit): what it measured. */
export async function soak(target: LoadTarget, options: LoadOptions): Promise<Run> {
  const { gc, state } = target;
  const tally = new Tally();
  const samples: Sample[] = [
    { t: 0, requests: 0, rps: 0, p99: NaN, errors: 0, rssMb: rssMegabytes(target.pid), heapMb: gc.heapMb() },
  ];
  const started = performance.now();
  const elapsed = () => secondsSince(started);
  const afterFullGc: AfterFullGc[] = [];
  const liveAtRest = gc.liveHeapMb();
  gc.onFull = (heapMb) => {
    afterFullGc.push({ t: elapsed(), heapMb });
  };
  const connection = connectionLoop(target, tally, options);
  const workers = Array.from({ length: options.connections }, (_, i) => connection(i));
  await sampleUntilDone(target, tally, samples, started, options);
  state.stopping = true;
  await Promise.all(workers);
  gc.onFull = undefined;
  return {
    tally,
    samples,
    afterFullGc,
    liveAtRest,
    seconds: elapsed(),
    gc,
    connectionsOpened: target.client.opened,
  };
}

/**
 * One connection's loop, by its index: the next operation of the rotation with that operation's next body,
 * sent when it is its turn, judged and tallied, until the soak stops.
 */
function connectionLoop(
  { client, url, state }: LoadTarget,
  tally: Tally,
  options: LoadOptions,
): (index: number) => Promise<void> {
  const sequence = rotation(SOAK_MIX);
  const nextBody = new Map<SoakOperation, number>();
  const waitForTurn = pacer(options.rate, state);
  return async (index) => {
    // Each connection starts at its own place in the rotation, so the mix is in flight at every moment.
    let position = Math.floor((index * sequence.length) / options.connections);
    while (!state.stopping) {
      const op = sequence[position % sequence.length];
      position += 1;
      if (!op) continue;
      const turn = nextBody.get(op) ?? 0;
      nextBody.set(op, turn + 1);
      const payload = op.bodies[turn % op.bodies.length] ?? "";
      if (!(await waitForTurn())) break;
      const begin = performance.now();
      const problem = await ask(client, url, op, payload);
      tally.record(op, performance.now() - begin, problem);
    }
  };
}

/**
 * With --rate, requests take turns on one schedule; a connection whose turn has passed goes at once. The
 * function it returns waits for the next turn and says whether the load goes on.
 */
function pacer(rate: number, state: SoakState): () => Promise<boolean> {
  let nextTurn = performance.now();
  return async () => {
    if (rate > 0) {
      const turn = Math.max(nextTurn, performance.now());
      nextTurn = turn + 1000 / rate;
      const wait = turn - performance.now();
      if (wait > 1) await sleep(Math.round(wait));
    }
    return !state.stopping;
  };
}

/** A sample every --sample seconds, with a progress line, until the duration is over or the soak stops. */
async function sampleUntilDone(
  target: LoadTarget,
  tally: Tally,
  samples: Sample[],
  started: number,
  options: LoadOptions,
): Promise<void> {
  const { state } = target;
  let last = 0;
  for (let k = 1; !state.stopping; k++) {
    const at = Math.min(k * options.sample, options.duration);
    await Promise.race([
      sleep(Math.max(0, Math.round(started + at * 1000 - performance.now()))),
      state.interruption,
    ]);
    if (state.interruptedBy) break;
    // A timer may fire a fraction of a millisecond early: the sample of `at` counts as taken at `at`.
    const t = Math.max(secondsSince(started), at);
    const sample = takeSample(t, last, tally, target);
    samples.push(sample);
    last = t;
    target.log(progressLine(sample, options.warmup));
    if (at >= options.duration) break;
  }
}

/** The sample at `t`: throughput and p99 since the previous one (at `last`), totals, memory now. */
function takeSample(t: number, last: number, tally: Tally, { pid, gc }: LoadTarget): Sample {
  const interval = tally.takeInterval();
  let rssMb = NaN;
  try {
    rssMb = rssMegabytes(pid);
  } catch {
    // The server is gone: its exit is reported below.
  }
  return {
    t,
    requests: tally.requests,
    rps: interval.requests / (t - last),
    p99: percentile(interval.latencies, 99),
    errors: tally.errors,
    rssMb,
    heapMb: gc.heapMb(),
  };
}

/** The line printed to stderr at each sample. */
function progressLine(sample: Sample, warmup: number): string {
  const heap = sample.heapMb === undefined ? "" : `  heap ${sample.heapMb.toFixed(1)} MB`;
  return (
    `[${sample.t.toFixed(0).padStart(5)} s] ${sample.requests.toLocaleString("en")} requests  ${sample.rps.toFixed(0)} req/s  ` +
    `p99 ${sample.p99.toFixed(1)} ms  errors ${sample.errors}  RSS ${sample.rssMb.toFixed(1)} MB${heap}` +
    (sample.t < warmup ? "  (warm-up)" : "")
  );
}
