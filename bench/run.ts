/**
 * `npm run bench -- --scale 10k [--duration 10] [--connections 8]`: builds the synthetic graph of that
 * size in the bench Neo4j instance (once per scale), then measures each canonical query in one run, three
 * ways: our server over HTTP under load (autocannon), the equivalent hand-written Cypher through the driver,
 * and @neo4j/graphql over the same data. Prints a table and writes it, with a chart, to bench/results/.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { connectionEnv } from "../src/config.js";
import { prepareDatabase } from "../src/database.js";
import { Graph } from "../src/graph/driver.js";
import {
  startInstance,
  stopInstance,
  type InstanceOptions,
  type StartResult,
} from "../src/local-neo4j/instance.js";
import { NEO4J_VERSION } from "../src/local-neo4j/version.js";
import { projectRoot } from "../src/project.js";
import { commandLine, finishCommand, numberOption, UsageError } from "../src/run-command.js";
import { createApollo, runOperation } from "../src/apollo.js";
import { countsFor, generate } from "./generate.js";
import { QUERIES } from "./queries.js";
import { percentile, rssMegabytes, startProcess } from "./support.js";

const SCALES: Record<string, number> = { "10k": 10_000, "100k": 100_000, "1m": 1_000_000 };
const USAGE = `usage: npm run bench -- [--scale 10k|100k|1m] [--duration 10] [--connections 8]

Builds the synthetic graph of that size in the bench Neo4j (instance 'bench', Bolt 7699; once per scale),
then measures each canonical query three ways: our server over HTTP, raw Cypher through the driver, and
@neo4j/graphql. Prints a table and writes it, with a chart, to bench/results/ (bench/README.md).

options:
  --scale S         10k (default), 100k or 1m entities
  --duration S      seconds of load per query and way (default 10)
  --connections N   concurrent connections (default 8)
  -h, --help        show this help`;
const { values, scale, duration, connections } = commandLine(
  {
    name: "npm run bench",
    usage: USAGE,
    options: {
      scale: { type: "string", default: "10k" },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "8" },
    },
  },
  ({ values }) => {
    const chosen = SCALES[values.scale.toLowerCase()];
    if (!chosen) throw new UsageError(`--scale must be one of ${Object.keys(SCALES).join(", ")}`);
    return {
      values,
      scale: chosen,
      duration: numberOption("duration", values.duration, { min: 1 }),
      connections: numberOption("connections", values.connections, { min: 1, integer: true }),
    };
  },
);
const log = (line: string) => {
  console.error(line);
};

interface Figures {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
}

/** Runs `once` from `connections` loops for `duration` seconds and measures each call. */
async function measureLoop(once: () => Promise<unknown>): Promise<Figures> {
  const latencies: number[] = [];
  const deadline = Date.now() + duration * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) {
        const start = performance.now();
        await once();
        latencies.push(performance.now() - start);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / duration,
  };
}

async function measureHttp(url: string, query: string): Promise<Figures> {
  // One plain request first, so a wrong query fails with its message rather than as a count of non-2xx.
  const probe = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await probe.json()) as { errors?: unknown };
  if (!probe.ok || body.errors) throw new Error(`${query}: ${JSON.stringify(body)}`);
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
    connections,
    duration,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx} non-2xx and ${result.errors} errors for ${query}`);
  return {
    p50: result.latency.p50,
    p95: result.latency.p97_5,
    p99: result.latency.p99,
    rps: result.requests.average,
  };
}

interface ChartRow {
  name: string;
  ours: number;
  raw: number;
  library: number | null;
}

/**
 * The bench instance with the graph at `scale`, prepared like every process's database (verified, migrated): another scale's graph (or a build cut short) is
 * replaced by an empty data folder first.
 */
async function openBenchGraph(
  options: InstanceOptions,
): Promise<{ instance: StartResult; graph: Graph; built: boolean }> {
  let instance = await startInstance(options, log);
  let graph = Graph.connect(instance.connection);
  const [state] = await graph.read<{ scale: number | null; empty: boolean }>(
    "OPTIONAL MATCH (m:BenchMeta) WITH m.scale AS scale LIMIT 1 RETURN scale, NOT EXISTS { MATCH (n) } AS empty",
  );
  if (state?.scale !== scale && !state?.empty) {
    // Another scale's graph (or a build cut short): start again from an empty data folder, which takes
    // seconds where deleting a million nodes in Cypher takes minutes and more transaction memory than 2g.
    log(`Replacing the graph at scale ${state?.scale ?? "(unfinished)"} with an empty database...`);
    await graph.close();
    await stopInstance(options.name, log);
    instance = await startInstance(options, log, { wipe: true });
    graph = Graph.connect(instance.connection);
  }
  await prepareDatabase(graph);
  return { instance, graph, built: state?.scale === scale };
}

/** Builds the synthetic graph at `scale`, with a progress bar, and marks it built. */
async function buildGraph(graph: Graph): Promise<void> {
  log(
    `Building the synthetic graph at ${values.scale} (${Object.values(countsFor(scale)).reduce((a, b) => a + b)} entities)...`,
  );
  const started = Date.now();
  await generate(graph, scale, (done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(
      `\r  [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} entities`,
    );
  });
  process.stderr.write("\n");
  await graph.write("CREATE (:BenchMeta {scale: $scale})", { scale });
  await graph.write("CALL db.awaitIndexes(300)");
  log(`  built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Each canonical query measured three ways: a row of the table and a group of the chart. */
async function measureQueries(
  graph: Graph,
  oursUrl: string,
  libraryUrl: string,
): Promise<{ rows: string[]; chart: ChartRow[] }> {
  const apollo = createApollo();
  const rows: string[] = [];
  const chart: ChartRow[] = [];
  for (const q of QUERIES) {
    log(`measuring: ${q.name}`);
    // Round trips, counted by our driver wrapper on one execution.
    const once = await runOperation(apollo, graph, { query: q.ours });
    if (once.errors) throw new Error(`${q.name}: ${JSON.stringify(once.errors)}`);
    const oursFigures = await measureHttp(oursUrl, q.ours);
    const raw = await measureLoop(() =>
      graph.driver.executeQuery(q.cypher, q.params, { database: "neo4j", routing: "READ" }),
    );
    const lib = q.library ? await measureHttp(libraryUrl, q.library) : null;
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    rows.push(
      `| ${q.name} | ${oursFigures.p50.toFixed(1)} / ${oursFigures.p95.toFixed(1)} / ${oursFigures.p99.toFixed(1)} | ${oursFigures.rps.toFixed(0)} | ` +
        `${raw.p50.toFixed(1)} / ${raw.p95.toFixed(1)} / ${raw.p99.toFixed(1)} | ${raw.rps.toFixed(0)} | ` +
        `${lib ? `${lib.p50.toFixed(1)} / ${lib.p95.toFixed(1)} / ${lib.p99.toFixed(1)}` : "n/a"} | ${lib ? lib.rps.toFixed(0) : "n/a"} | ` +
        `${once.roundTrips} | ${ratio(oursFigures.p50, Math.max(raw.p50, 0.01))} | ${lib ? ratio(oursFigures.rps, lib.rps) : "n/a"} |`,
    );
    chart.push({ name: q.name, ours: oursFigures.p50, raw: raw.p50, library: lib?.p50 ?? null });
  }
  return { rows, chart };
}

/** The report in Markdown: machine, graph, load, then the table. */
function reportOf(
  rows: readonly string[],
  counts: { nodes: number; rels: number } | undefined,
  memory: number,
  date: string,
): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return [
    `# Benchmark at ${values.scale} (${date})`,
    "",
    `Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; Neo4j ${NEO4J_VERSION} Community (heap 2g);`,
    `graph: ${counts?.nodes} nodes, ${counts?.rels} relationships. Load: ${connections} concurrent connections, ${duration} s per query and way,`,
    "all three ways against the same Neo4j in one run. Latencies in ms (p50 / p95 / p99; autocannon reports p97.5 as p95), throughput in requests/s.",
    `Our server's resident memory after the run: ${memory.toFixed(0)} MB.`,
    "",
    "| query | ours p50/p95/p99 | ours rps | raw Cypher p50/p95/p99 | raw rps | @neo4j/graphql p50/p95/p99 | lib rps | our round trips | ours/raw p50 | ours/lib rps |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    "n/a: @neo4j/graphql has no equivalent (full-text over several labels, as-of positions, paths and neighbourhoods need hand-written @cypher fields).",
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  const options: InstanceOptions = {
    name: "bench",
    boltPort: 7699,
    httpPort: 7486,
    heap: "2g",
    pageCache: scale >= 1_000_000 ? "2g" : "512m",
    startTimeoutMs: 180_000,
  };
  const { instance, graph, built } = await openBenchGraph(options);
  if (!built) await buildGraph(graph);
  const counts = await graph.read<{ nodes: number; rels: number }>(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
  );

  const ours = await startProcess(["src/main.ts"], {
    ...connectionEnv(instance.connection),
    PORT: "0",
    SEED_ON_START: "false",
  });
  const library = await startProcess(["bench/neo4j-graphql-server.ts"], {
    ...connectionEnv(instance.connection),
    PORT: "0",
  });
  try {
    const { rows, chart } = await measureQueries(graph, ours.url, library.url);
    const memory = rssMegabytes(ours.child.pid);
    const date = new Date().toISOString().slice(0, 10);
    const report = reportOf(rows, counts[0], memory, date);
    console.log(report);
    const base = path.join(projectRoot, "bench", "results", `${values.scale.toLowerCase()}-${date}`);
    writeFileSync(`${base}.md`, report);
    writeFileSync(`${base}.svg`, svgChart(chart, `p50 latency (ms) at ${values.scale}`));
    log(`wrote ${path.relative(projectRoot, base)}.md and .svg`);
  } finally {
    ours.child.kill("SIGTERM");
    library.child.kill("SIGTERM");
    await graph.close();
  }
}

/** A grouped bar chart as SVG: ours, raw Cypher and @neo4j/graphql per query. */
function svgChart(data: ChartRow[], title: string): string {
  const max = Math.max(...data.flatMap((d) => [d.ours, d.raw, d.library ?? 0]));
  const rowHeight = 54;
  const width = 760;
  const left = 190;
  const scaleX = (v: number) => ((width - left - 60) * v) / max;
  const colours = { ours: "#0b5394", raw: "#6b7280", library: "#b45309" };
  const bars = data
    .map((d, i) => {
      const y = 40 + i * rowHeight;
      const bar = (v: number | null, k: keyof typeof colours, dy: number) =>
        v === null
          ? ""
          : `<rect x="${left}" y="${y + dy}" width="${scaleX(v).toFixed(1)}" height="14" fill="${colours[k]}"/><text x="${left + scaleX(v) + 4}" y="${y + dy + 11}" font-size="11">${v.toFixed(1)}</text>`;
      return `<text x="${left - 8}" y="${y + 26}" font-size="12" text-anchor="end">${d.name}</text>${bar(d.ours, "ours", 0)}${bar(d.raw, "raw", 16)}${bar(d.library, "library", 32)}`;
    })
    .join("\n");
  const legend = Object.entries({
    ours: "ours (HTTP)",
    raw: "raw Cypher (driver)",
    library: "@neo4j/graphql (HTTP)",
  })
    .map(
      ([k, label], i) =>
        `<rect x="${left + i * 180}" y="12" width="12" height="12" fill="${colours[k as keyof typeof colours]}"/><text x="${left + i * 180 + 16}" y="22" font-size="12">${label}</text>`,
    )
    .join("");
  const height = 50 + data.length * rowHeight;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif"><rect width="100%" height="100%" fill="white"/><text x="10" y="22" font-size="13" font-weight="bold">${title}</text>${legend}\n${bars}\n</svg>\n`;
}

finishCommand("npm run bench", main());
