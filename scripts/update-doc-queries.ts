/**
 * `npm run docs:queries`: runs every query of docs/queries.md against the configured Neo4j (the local one,
 * reseeded first with --reset so the answers are those of the seed) and writes the answers into the file.
 * Review the diff: the answers are what the docs promise researchers.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../src/config.js";
import { withDatabase } from "../src/database.js";
import { projectRoot } from "../src/project.js";
import { CommandError, runCommand, UsageError } from "../src/run-command.js";
import { loadSeed } from "../src/seed/load.js";
import { createApollo, runOperation } from "../src/apollo.js";
import { QUERIES_FILE, readDocQueries, withAnswers } from "./doc-queries.js";

const USAGE = `usage: npm run docs:queries [-- --yes]

Replaces the graph with the seed, runs every query of docs/queries.md and writes the answers into it.

options:
  --yes        with NEO4J_URI set: replace that database's whole graph with the seed
  -h, --help   show this help`;

const log = (line: string) => {
  console.error(line);
};

runCommand(
  { name: "npm run docs:queries", usage: USAGE, options: { yes: { type: "boolean", default: false } } },
  async ({ values }) => {
    const config = loadConfig();
    if (config.neo4j.mode === "external" && !values.yes) {
      throw new UsageError(
        `NEO4J_URI is set (${config.neo4j.uri}): this script replaces its whole graph with the seed; ` +
          "unset NEO4J_URI to use the local Neo4j, or pass -- --yes",
      );
    }
    await withDatabase(config, log, async (graph) => {
      await loadSeed(graph, path.join(projectRoot, "seed"), log, { replace: true });
      const text = readFileSync(QUERIES_FILE, "utf8");
      const queries = readDocQueries(text);
      const apollo = createApollo();
      const answers: unknown[] = [];
      for (const q of queries) {
        const { data, errors } = await runOperation(apollo, graph, { query: q.query });
        if (errors) throw new CommandError(`${q.title}: ${JSON.stringify(errors)}`);
        answers.push(data);
        log(`ran: ${q.title}`);
      }
      writeFileSync(QUERIES_FILE, withAnswers(text, queries, answers));
      log(`wrote ${answers.length} answers to docs/queries.md`);
    });
  },
);
