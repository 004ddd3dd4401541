import type { Config, Neo4jTarget } from "./config.js";
import { Graph, type Connection } from "./graph/driver.js";
import { migrate } from "./graph/migrations.js";
import { startInstance, stopInstance } from "./local-neo4j/instance.js";
import { instanceOptions } from "./local-neo4j/options.js";
import type { ServerInfo } from "./apollo.js";

export interface OpenDatabase {
  graph: Graph;
  /** Closes the driver, and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/** The external Neo4j of the configuration, or the local instance as started (its URI and password). */
export function connectionFor(target: Neo4jTarget, local?: Connection): Connection {
  if (target.mode === "external") return target;
  if (!local) throw new Error("a local Neo4j target needs the connection of the started instance");
  return { ...local, database: target.database };
}

/**
 * Gives the process its Neo4j: the external one at NEO4J_URI, or this project's local server, started
 * (and downloaded on first use) when it is not running yet, logged in with the instance's password.
 */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<OpenDatabase> {
  if (config.neo4j.mode === "external") {
    const graph = Graph.connect({ ...connectionFor(config.neo4j), readTimeoutMs: config.queryTimeoutMs });
    return { graph, close: () => graph.close() };
  }
  const options = instanceOptions(config.neo4j);
  const started = await startInstance(options, log);
  const graph = Graph.connect({
    ...connectionFor(config.neo4j, started.connection),
    readTimeoutMs: config.queryTimeoutMs,
  });
  return {
    graph,
    async close() {
      await graph.close();
      if (started.startedNow) await stopInstance(options.name, log);
    },
  };
}

/**
 * What every process does with its database before using it: checks that it answers and accepts the
 * credentials (DatabaseUnavailableError or DatabaseRefusedError otherwise), then applies the migrations.
 */
export async function prepareDatabase(graph: Graph): Promise<ServerInfo> {
  const { version, edition } = await graph.verify();
  await migrate(graph);
  return { neo4jVersion: version, neo4jEdition: edition };
}

/** Opens and prepares the database, runs `work` on it, then closes it (and stops a Neo4j it started). */
export async function withDatabase<T>(
  config: Config,
  log: (line: string) => void,
  work: (graph: Graph, info: ServerInfo) => Promise<T>,
): Promise<T> {
  const db = await openDatabase(config, log);
  try {
    return await work(db.graph, await prepareDatabase(db.graph));
  } finally {
    await db.close();
  }
}
