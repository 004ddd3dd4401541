/**
 * `npm start`: brings up Neo4j (the local one, downloaded on first use, or the one at NEO4J_URI), applies
 * the schema migrations, loads the seed graph into an empty database and serves GraphQL.
 */
import path from "node:path";
import { ConfigError, loadConfig } from "./config.js";
import { openDatabase, type OpenDatabase } from "./database.js";
import { DatabaseUnavailableError, type Graph } from "./graph/driver.js";
import { migrate } from "./graph/migrations.js";
import { LocalNeo4jError } from "./local-neo4j/install.js";
import { projectRoot } from "./project.js";
import { SeedError } from "./seed/compile.js";
import { describeCounts, isEmpty, loadSeed } from "./seed/load.js";
import { startHttpServer, type ServerInfo } from "./server.js";

const RETRY_MS = 10_000;
const log = (line: string) => {
  console.log(line);
};

/** Everything the API needs from the database before it can answer: version, constraints, seed. */
async function prepareDatabase(graph: Graph, seedOnStart: boolean): Promise<ServerInfo> {
  const { version, edition } = await graph.verify();
  await migrate(graph);
  if (seedOnStart && (await isEmpty(graph))) {
    log("The database is empty: loading the seed graph.");
    const counts = await loadSeed(graph, path.join(projectRoot, "seed"), log);
    log(`Seed loaded: ${describeCounts(counts)}.`);
  }
  return { neo4jVersion: version, neo4jEdition: edition };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const db: OpenDatabase = await openDatabase(config, log);
  let info: ServerInfo = { neo4jVersion: "unknown", neo4jEdition: "unknown" };
  let retry: NodeJS.Timeout | undefined;

  let unavailable = "";
  const prepare = async (): Promise<boolean> => {
    try {
      info = await prepareDatabase(db.graph, config.seedOnStart);
      return true;
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError)) throw error;
      unavailable = error.message;
      return false;
    }
  };
  let prepared: boolean;
  try {
    prepared = await prepare();
  } catch (error) {
    await db.close();
    throw error;
  }
  if (!prepared) {
    console.error(
      `error: ${unavailable}. Serving anyway: /health reports it down, and the server retries every ` +
        `${RETRY_MS / 1000} s.`,
    );
    retry = setInterval(() => {
      void prepare().then((ok) => {
        if (ok) {
          clearInterval(retry);
          log(`Neo4j is reachable again at ${db.graph.describe()}.`);
        }
      });
    }, RETRY_MS);
  }

  let server;
  try {
    server = await startHttpServer(db.graph, () => info, config.http, config.auth);
  } catch (error) {
    clearInterval(retry);
    await db.close();
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new ConfigError(
        `port ${config.http.port} on ${config.http.host} is already in use; set PORT to another one`,
      );
    }
    throw error;
  }
  log(`GraphQL API ready at ${server.url}  (health: ${server.url.replace(/graphql$/, "health")})`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: finishing requests in flight, then stopping.`);
    clearInterval(retry);
    void (async () => {
      await server.stop();
      await db.close();
      log("Stopped.");
      process.exit(0);
    })();
  };
  process.on("SIGINT", () => {
    shutdown("SIGINT");
  });
  process.on("SIGTERM", () => {
    shutdown("SIGTERM");
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof SeedError) {
    console.error(`error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
