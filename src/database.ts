import type { Config } from "./config.js";
import { connectionFor, Graph } from "./graph/driver.js";
import { startInstance, stopInstance } from "./local-neo4j/instance.js";
import { instanceOptions } from "./local-neo4j/options.js";

export interface OpenDatabase {
  graph: Graph;
  /** Closes the driver, and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Gives the process its Neo4j: the external one at NEO4J_URI, or this project's local server, started
 * (and downloaded on first use) when it is not running yet.
 */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<OpenDatabase> {
  if (config.neo4j.mode === "external") {
    const graph = Graph.connect({ ...connectionFor(config.neo4j), readTimeoutMs: config.queryTimeoutMs });
    return { graph, close: () => graph.close() };
  }
  const options = instanceOptions(config.neo4j);
  const started = await startInstance(options, log);
  const graph = Graph.connect({
    ...connectionFor(config.neo4j, started.boltUri),
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
