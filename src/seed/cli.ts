/**
 * `npm run seed [-- --reset]`: validates seed/ and loads it into Neo4j in one transaction; with --reset,
 * everything else in the database is removed in that same transaction.
 */
import path from "node:path";
import { loadConfig } from "../config.js";
import { withDatabase } from "../database.js";
import { projectRoot } from "../project.js";
import { runCommand } from "../run-command.js";
import { describeCounts, loadSeed } from "./load.js";

const USAGE = `usage: npm run seed [-- --reset]

Validates every file in seed/ and loads the seed graph into Neo4j (the local one, or the one at NEO4J_URI)
in one transaction: nothing is written when a file has a problem.

options:
  --reset      replace everything in the database with the seed graph (in the same transaction)
  -h, --help   show this help`;

const log = (line: string) => {
  console.log(line);
};

runCommand(
  { name: "npm run seed", usage: USAGE, options: { reset: { type: "boolean", default: false } } },
  ({ values }) =>
    withDatabase(loadConfig(), log, async (graph) => {
      if (values.reset) log("--reset: the graph is replaced, in the same transaction as the load.");
      const counts = await loadSeed(graph, path.join(projectRoot, "seed"), log, { replace: values.reset });
      log(`Seed loaded: ${describeCounts(counts)}.`);
    }),
);
