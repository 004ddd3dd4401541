/**
 * `npm start`: brings up Neo4j (the local one, downloaded on first use, or the one at NEO4J_URI), applies
 * the schema migrations, loads the seed graph into an empty database and serves GraphQL.
 */
import path from "node:path";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { openDatabase, prepareDatabase, type OpenDatabase } from "./database.js";
import { isUnavailable, type Graph } from "./graph/driver.js";
import { LIMITS } from "./limits.js";
import { browserHint, runningPid, stopInstance } from "./local-neo4j/instance.js";
import { projectRoot } from "./project.js";
import { explainError } from "./run-command.js";
import { describeCounts, isEmpty, loadSeed } from "./seed/load.js";
import type { ServerInfo } from "./apollo.js";
import { startHttpServer, type RunningServer } from "./http.js";

/**
 * npm and tsx relay a signal sent to the whole process group (`kill -TERM -- -PGID`, a terminal's Ctrl-C),
 * so one signal reaches this process two or three times within milliseconds: a repeat within this long is
 * the same signal.
 */
const SAME_SIGNAL_MS = 1000;
const log = (line: string) => {
  console.log(line);
};

/** Everything the API needs from the database before it can answer: version, migrations, seed. */
async function prepareForApi(graph: Graph, seedOnStart: boolean): Promise<ServerInfo> {
  const info = await prepareDatabase(graph);
  if (seedOnStart && (await isEmpty(graph))) {
    log("The database is empty: loading the seed graph.");
    const counts = await loadSeed(graph, path.join(projectRoot, "seed"), log);
    log(`Seed loaded: ${describeCounts(counts)}.`);
  }
  return info;
}

/** What there is to stop, which grows as start-up proceeds. */
interface Running {
  /** The local instance this process is starting (not one it found running), to stop if interrupted. */
  startingLocal?: string;
  db?: OpenDatabase;
  server?: RunningServer;
  retry?: NodeJS.Timeout;
}

const running: Running = {};
let stopping = false;
let firstSignalAt = 0;
let databaseClosed: Promise<unknown> | undefined;

/** Closes the driver and stops the Neo4j this process started: once, whichever path asks first. */
function closeDatabase(): Promise<unknown> {
  databaseClosed ??= running.db
    ? running.db.close()
    : running.startingLocal
      ? stopInstance(running.startingLocal, log)
      : Promise.resolve();
  return databaseClosed;
}

async function stop(): Promise<void> {
  clearTimeout(running.retry);
  await running.server?.stop();
  await closeDatabase();
}

/**
 * The first signal stops everything cleanly: requests in flight finish, then the driver closes and the
 * Neo4j this process started stops. A later one (a second Ctrl-C) stops waiting for requests, but still
 * stops that Neo4j before exiting.
 */
function onSignal(signal: NodeJS.Signals): void {
  if (stopping) {
    if (Date.now() - firstSignalAt < SAME_SIGNAL_MS) return;
    console.error(`${signal} again: not waiting for requests in flight; stopping Neo4j, then exiting.`);
    void closeDatabase().finally(() => process.exit(1));
    return;
  }
  stopping = true;
  firstSignalAt = Date.now();
  log(`${signal} received: finishing requests in flight, then stopping.`);
  stop().then(
    () => {
      log("Stopped.");
      process.exit(0);
    },
    (error: unknown) => {
      console.error("error while stopping:", error);
      process.exit(1);
    },
  );
}

/**
 * Prepares the database, or keeps trying every LIMITS.neo4jRetryMs while it is unreachable; an error that retrying
 * cannot fix (wrong password, no such database, a broken seed) ends the process.
 */
function prepareUntilReady(
  config: Config,
  db: OpenDatabase,
  ready: (info: ServerInfo) => void,
): Promise<void> {
  const attempt = async (first: boolean): Promise<void> => {
    try {
      ready(await prepareForApi(db.graph, config.seedOnStart));
      if (!first) log(`Neo4j is reachable again at ${db.graph.describe()}.`);
    } catch (error) {
      if (!isUnavailable(error)) throw error;
      if (first) {
        console.error(
          `error: ${error instanceof Error ? error.message : String(error)}. Serving anyway: /health reports ` +
            `it down, and the server retries every ${LIMITS.neo4jRetryMs / 1000} s.`,
        );
      }
      if (stopping) return;
      running.retry = setTimeout(() => {
        attempt(false).catch(fail);
      }, LIMITS.neo4jRetryMs);
    }
  };
  return attempt(true);
}

async function main(): Promise<void> {
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const config = loadConfig();
  if (config.neo4j.mode === "local" && runningPid(config.neo4j.instance) === undefined) {
    running.startingLocal = config.neo4j.instance;
  }
  const db = await openDatabase(config, log);
  running.db = db;
  let info: ServerInfo = { neo4jVersion: "unknown", neo4jEdition: "unknown" };
  await prepareUntilReady(config, db, (ready) => {
    info = ready;
  });
  if (stopping) return;
  try {
    running.server = await startHttpServer(db.graph, () => info, config.http, config.auth);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new ConfigError(
        `port ${config.http.port} on ${config.http.host} is already in use; set PORT to another one`,
      );
    }
    throw error;
  }
  log(
    `GraphQL API ready at ${running.server.url}  (health: ${running.server.url.replace(/graphql$/, "health")})`,
  );
  const site = running.server.url.replace(/graphql$/, "");
  log(`Explorer at ${site}  ·  GraphQL IDE at ${site}graphiql`);
  if (config.neo4j.mode === "local") {
    log(browserHint(config.neo4j.instance, `http://127.0.0.1:${config.neo4j.httpPort}`));
  }
}

function fail(error: unknown): void {
  const message = explainError(error);
  if (message === undefined) console.error(error);
  else console.error(`error: ${message}`);
  stopping = true;
  void stop().finally(() => process.exit(1));
}

main().catch(fail);
