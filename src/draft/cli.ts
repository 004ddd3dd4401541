/**
 * `npm run draft -- ARTICLE.txt [--out DIR] [--url U] [--publisher P] [--published-on YYYY-MM-DD]
 * [--title T] [--seed]`: drafts an article for review and import. It writes the cleaned text and the
 * draft YAML into DIR (default drafts/) and prints their paths and what the rules proposed. Names are
 * matched against the graph the import would write to (the same Neo4j settings), when one is running;
 * otherwise, or with --seed, against the curated seed/data. It never starts or changes a database.
 */
import { instancePassword, LOCAL_USERNAME } from "../local-neo4j/password.js";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig, type Config } from "../config.js";
import { connectionFor } from "../database.js";
import { Graph } from "../graph/driver.js";
import { knownEntityRows } from "../graph/known.js";
import { runningPid } from "../local-neo4j/instance.js";
import { projectRoot } from "../project.js";
import { DraftError, draftArticle, type DraftResult } from "./draft.js";
import { knownFromRows, knownFromSeed } from "./known-entities.js";
import type { DraftMetadata, KnownEntity } from "./types.js";

const USAGE = `usage: npm run draft -- ARTICLE.txt [options]

Drafts the article for review: writes DIR/<source>.txt (the text, page furniture removed) and
DIR/<source>.yaml (its facts in the import format), then prints what the rules proposed.

options:
  --out DIR                 where to write (default drafts/)
  --url URL                 the article's address (gives the publisher and maybe the title)
  --publisher NAME          the publisher, when the page does not print it
  --published-on YYYY-MM-DD the publication date, when the page does not print it
  --title TEXT              the headline, when the text has none
  --seed                    match names against seed/data even when a Neo4j is running
  --help                    this text`;

const OPTIONS = {
  out: { type: "string" },
  url: { type: "string" },
  publisher: { type: "string" },
  "published-on": { type: "string" },
  title: { type: "string" },
  seed: { type: "boolean", default: false },
  help: { type: "boolean", default: false },
} as const;

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]);
  }
}

function metadata(values: ReturnType<typeof parse>["values"]): DraftMetadata {
  const date = values["published-on"];
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new UsageError(`--published-on: expected a date as YYYY-MM-DD, not "${date}"`);
  if (values.url !== undefined && !URL.canParse(values.url))
    throw new UsageError(`--url: not a URL: "${values.url}"`);
  return {
    ...(values.url ? { url: values.url } : {}),
    ...(values.publisher ? { publisher: values.publisher } : {}),
    ...(date ? { publishedOn: date } : {}),
    ...(values.title ? { title: values.title } : {}),
  };
}

/** The graph's entities when a Neo4j is reachable without starting one; else why not. */
async function fromGraph(config: Config): Promise<{ known: KnownEntity[]; where: string } | string> {
  let connection;
  if (config.neo4j.mode === "external") connection = connectionFor(config.neo4j);
  else if (runningPid(config.neo4j.instance) !== undefined)
    connection = connectionFor(config.neo4j, {
      uri: `bolt://127.0.0.1:${config.neo4j.boltPort}`,
      username: LOCAL_USERNAME,
      password: instancePassword(config.neo4j.instance),
      database: config.neo4j.database,
    });
  else return `no local Neo4j is running (instance '${config.neo4j.instance}')`;
  const graph = Graph.connect(connection);
  try {
    const known = knownFromRows(await knownEntityRows(graph));
    return { known, where: `the graph at ${connection.uri} (${known.length} entities)` };
  } catch (error) {
    return `the Neo4j at ${connection.uri} did not answer (${(error as Error).message.split(".")[0]})`;
  } finally {
    await graph.close();
  }
}

async function knownEntities(useSeed: boolean): Promise<{ known: KnownEntity[]; where: string }> {
  const seed = () => knownFromSeed(path.join(projectRoot, "seed"));
  if (useSeed) {
    const known = seed();
    return { known, where: `seed/data (--seed; ${known.length} entities)` };
  }
  const graph = await fromGraph(loadConfig());
  if (typeof graph !== "string") return graph;
  const known = seed();
  return { known, where: `seed/data (${known.length} entities), since ${graph}` };
}

function summary(result: DraftResult): string[] {
  const byRule = new Map<string, number>();
  for (const p of result.proposals) byRule.set(p.rule, (byRule.get(p.rule) ?? 0) + 1);
  const lines = [...byRule]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, n]) => `  ${rule.padEnd(34)} ${n}`);
  const dropped = result.dropped.map((d) => `  dropped (${d.rule}): ${d.reason}`);
  return [`${result.proposals.length} proposals by rule:`, ...lines, ...dropped];
}

/** A path as the user would type it: relative inside the working folder, absolute outside it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? path.resolve(file) : relative;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parse(argv);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError("give exactly one article file");
  const meta = metadata(values);
  const text = readFileSync(file, "utf8");
  const { known, where } = await knownEntities(values.seed);
  console.log(`Matching names against ${where}.`);
  const result = draftArticle({ text, metadata: meta, original: path.basename(file) }, { known });
  const out = values.out ?? path.join(projectRoot, "drafts");
  mkdirSync(out, { recursive: true });
  const textPath = path.join(out, result.textFile);
  const yamlPath = path.join(out, result.textFile.replace(/\.txt$/, ".yaml"));
  writeFileSync(textPath, result.text);
  writeFileSync(yamlPath, result.yaml);
  console.log(
    [
      `Wrote ${shown(textPath)} (${result.removed.length} lines of page furniture removed)`,
      `  and ${shown(yamlPath)}.`,
      ...summary(result),
      `Review it, then: npm run import -- ${shown(yamlPath)} --dry-run`,
    ].join("\n"),
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`error: ${error.message}\n${USAGE.split("\n")[0]}`);
    else if (error instanceof ConfigError || error instanceof DraftError)
      console.error(`error: ${error.message}`);
    else if ((error as NodeJS.ErrnoException).code === "ENOENT")
      console.error(`error: ${(error as Error).message}`);
    else console.error(error);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
