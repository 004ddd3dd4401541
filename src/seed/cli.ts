/**
 * `npm run seed [-- --reset]`: validates seed/ and loads it into Neo4j in one transaction; with --reset,
 * everything else in the database is removed in that same transaction.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.js";
import { openDatabase } from "../database.js";
import { LocalNeo4jError } from "../local-neo4j/install.js";
import { projectRoot } from "../project.js";
import { SeedError } from "./compile.js";
import { describeCounts, loadSeed } from "./load.js";
import { migrate } from "../graph/migrations.js";

const { values } = parseArgs({ options: { reset: { type: "boolean", default: false } } });
const log = (line: string) => {
  console.log(line);
};

try {
  const config = loadConfig();
  const db = await openDatabase(config, log);
  try {
    if (values.reset) log("--reset: the graph is replaced, in the same transaction as the load.");
    await migrate(db.graph);
    const counts = await loadSeed(db.graph, path.join(projectRoot, "seed"), log, { replace: values.reset });
    log(`Seed loaded: ${describeCounts(counts)}.`);
  } finally {
    await db.close();
  }
} catch (error) {
  if (error instanceof SeedError || error instanceof ConfigError || error instanceof LocalNeo4jError) {
    console.error(`error: ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
