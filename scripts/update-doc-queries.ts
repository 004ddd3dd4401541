/**
 * `npm run docs:queries`: runs every query of docs/queries.md against the configured Neo4j (the local one,
 * reseeded first with --reset so the answers are those of the seed) and writes the answers into the file.
 * Review the diff: the answers are what the docs promise researchers.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/database.js";
import { projectRoot } from "../src/project.js";
import { loadSeed } from "../src/seed/load.js";
import { createApollo, runOperation } from "../src/server.js";
import { QUERIES_FILE, readDocQueries, withAnswers } from "./doc-queries.js";
import { migrate } from "../src/graph/migrations.js";

const log = (line: string) => {
  console.error(line);
};
const config = loadConfig();
if (config.neo4j.mode === "external" && !process.argv.includes("--yes")) {
  console.error(
    `NEO4J_URI is set (${config.neo4j.uri}): this script replaces its whole graph with the seed. ` +
      "Unset NEO4J_URI to use the local Neo4j, or pass -- --yes.",
  );
  process.exit(2);
}
const db = await openDatabase(config, log);
try {
  await migrate(db.graph);
  await loadSeed(db.graph, path.join(projectRoot, "seed"), log, { replace: true });
  const text = readFileSync(QUERIES_FILE, "utf8");
  const queries = readDocQueries(text);
  const apollo = createApollo();
  const answers: unknown[] = [];
  for (const q of queries) {
    const { data, errors } = await runOperation(apollo, db.graph, { query: q.query });
    if (errors) throw new Error(`${q.title}: ${JSON.stringify(errors)}`);
    answers.push(data);
    log(`ran: ${q.title}`);
  }
  writeFileSync(QUERIES_FILE, withAnswers(text, queries, answers));
  log(`wrote ${answers.length} answers to docs/queries.md`);
} finally {
  await db.close();
}
