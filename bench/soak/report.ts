/**
 * The report the soak (bench/soak.ts) prints to stdout, in Markdown: the setting, throughput and latency,
 * errors by kind, the server's memory, figures per operation, every sample, and the verdict on its last line
 * ("soak: PASS" or "soak: FAIL (why)").
 */
import os from "node:os";
import { SOAK_MIX } from "../soak-mix.js";
import { percentile } from "../support.js";
import { ERROR_KINDS } from "./checks.js";
import type { LoadOptions, Run, Tally } from "./load.js";
import { measureMemory, type Memory, type Sample } from "./memory.js";
import type { SoakState } from "./state.js";
import { verdict, type Flat, type Verdict } from "./verdict.js";

/** What the report says of the setting. */
export interface ReportContext {
  target: string;
  graphSize: string;
  neo4j: string;
  /** How the server stopped on SIGTERM after the load ("0": exit 0), or "not started". */
  serverStop: string;
}

export interface ReportInput {
  run: Run;
  context: ReportContext;
  /** Read when the report is made: a signal during the teardown still counts. */
  state: Pick<SoakState, "interruptedBy" | "serverExit">;
  options: LoadOptions;
  flat: Flat;
}

const mb = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? "n/a" : v.toFixed(1));
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "n/a");
const signed = (v: number) => (Number.isFinite(v) ? `${v >= 0 ? "+" : ""}${v.toFixed(2)}` : "n/a");
const requestsPerSecond = (run: Run) => run.tally.requests / run.seconds;

export function report({ run, context, state, options, flat }: ReportInput): {
  text: string;
  verdict: Verdict;
} {
  const memory = measureMemory(run, options.warmup);
  const { interruptedBy, serverExit } = state;
  const judged = verdict(run, memory, { interruptedBy, serverExit, serverStop: context.serverStop }, flat);
  const lines = [
    ...heading(run, context, options),
    "",
    ...throughput(run, memory),
    "",
    ...errors(run.tally),
    "",
    ...memoryTable(run, memory, context, flat),
    "",
    ...perOperation(run.tally),
    "",
    ...sampleTable(run.samples, options.warmup),
    "",
    "## Live heap after each full GC",
    "",
    `(t in s: MB) ${run.afterFullGc.map((f) => `${f.t.toFixed(0)}: ${mb(f.heapMb)}`).join(", ") || "none"}`,
    "",
    judged.pass ? "soak: PASS" : `soak: FAIL (${judged.reasons.join("; ")})`,
  ];
  return { text: lines.join("\n"), verdict: judged };
}

function heading(run: Run, context: ReportContext, options: LoadOptions): string[] {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const refusedShare =
    SOAK_MIX.filter((op) => "refused" in op.expect).reduce((s, op) => s + op.weight, 0) /
    SOAK_MIX.reduce((s, op) => s + op.weight, 0);
  return [
    `# Soak, ${new Date().toISOString().slice(0, 10)}`,
    "",
    `Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${context.neo4j}.`,
    `Database: ${context.target}, ${context.graphSize}.`,
    `Load: ${options.connections} keep-alive connections on loopback (${run.connectionsOpened} opened in all), one request in flight on each, ` +
      `for ${run.seconds.toFixed(0)} s; warm-up ${options.warmup} s; memory sampled every ${options.sample} s; request timeout ${options.timeout} s; ` +
      (options.rate > 0
        ? `paced at ${options.rate} req/s in all.`
        : "not paced (as fast as the connections go)."),
    `Mix: ${SOAK_MIX.length} operations in a weighted rotation (bench/soak-mix.ts), ${(refusedShare * 100).toFixed(0)} % of requests refused by design.`,
  ];
}

function throughput(run: Run, { load }: Memory): string[] {
  const { tally, seconds } = run;
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  return [
    "## Throughput and latency",
    "",
    `- requests: ${tally.requests.toLocaleString("en")} in ${seconds.toFixed(1)} s, ${requestsPerSecond(run).toFixed(0)} req/s`,
    `- after the warm-up: ${load.thirds[0]?.toFixed(0)} req/s in the first third, ${load.thirds[1]?.toFixed(0)} in the last ` +
      `(${signed(load.change * 100)} %: ${load.steady ? "steady" : "not steady, so memory compares different loads"})`,
    `- latency (ms): p50 ${ms(percentile(sorted, 50))} · p95 ${ms(percentile(sorted, 95))} · p99 ${ms(percentile(sorted, 99))} · max ${ms(sorted[sorted.length - 1] ?? NaN)}`,
  ];
}

function errors(tally: Tally): string[] {
  return [
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
  ];
}

function memoryTable(run: Run, memory: Memory, context: ReportContext, flat: Flat): string[] {
  const { rss, live, floorGrowth, liveGrowth } = memory;
  const rps = requestsPerSecond(run);
  const bytesPerRequest = (slope: number) =>
    Number.isFinite(slope) && rps > 0
      ? `${((slope * 2 ** 20) / (rps * 60)).toFixed(1)} bytes per request`
      : "";
  const gcCounts = run.gc.counts();
  return [
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
      `live heap grows by more than ${flat.maxGrowth * 100} %. The slopes are shown but do not decide: RSS is a sawtooth ` +
      "that follows the heap between full GCs (bench/soak.ts explains the choice). " +
      `The server collected garbage ${gcCounts.collections} times, ${gcCounts.fullCollections} of them full, from its start.`,
    `The server stopped on SIGTERM after the load with: ${context.serverStop === "0" ? "exit 0" : context.serverStop}.`,
  ];
}

function perOperation(tally: Tally): string[] {
  return [
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
  ];
}

function sampleTable(samples: Sample[], warmup: number): string[] {
  return [
    "## Samples",
    "",
    "| t (s) | requests | req/s (interval) | p99 ms (interval) | errors | RSS MB | heap after latest GC MB |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...samples.map(
      (s) =>
        `| ${s.t.toFixed(0)}${s.t === 0 ? " (at rest)" : s.t < warmup ? " (warm-up)" : ""} | ${s.requests.toLocaleString("en")} | ` +
        `${s.t === 0 ? "" : s.rps.toFixed(0)} | ${s.t === 0 ? "" : ms(s.p99)} | ${s.errors} | ${mb(s.rssMb)} | ${mb(s.heapMb)} |`,
    ),
  ];
}
