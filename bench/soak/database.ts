/**
 * The database the soak (bench/soak.ts) runs against: its own Neo4j instance, wiped and seeded every run so
 * that runs compare; or, with NEO4J_URI set, that database, written to only when asked.
 */
import { connectionEnv, loadConfig, type Neo4jTarget } from "../../src/config.js";
import { connectionFor, prepareDatabase as verifyAndMigrate } from "../../src/database.js";
import { Graph } from "../../src/graph/driver.js";
import { countGraph } from "../../src/graph/write.js";
import { startInstance, type InstanceOptions } from "../../src/local-neo4j/instance.js";
import { projectRoot } from "../../src/project.js";
import { loadSeed } from "../../src/seed/load.js";
import type { Log, SoakState } from "./state.js";

export interface Setup {
  graph: Graph;
  target: string;
  /** The soak instance, when this run started it (and so stops it). */
  startedInstance: string | undefined;
  serverEnv: Record<string, string>;
}

const seedDir = `${projectRoot}/seed`;

/**
 * The database: the soak instance, wiped and seeded; or the one at NEO4J_URI, seeded only with
 * --reset-external-database. What it opens goes into `setup` as it goes, so that a failure half-way
 * still closes and stops it.
 */
export async function prepareDatabase(
  setup: Partial<Setup>,
  options: { resetExternal: boolean },
  instance: InstanceOptions,
  state: SoakState,
  log: Log,
): Promise<Setup> {
  const config = loadConfig();
  if (config.neo4j.mode === "external") return externalDatabase(setup, config.neo4j, options, log);
  return soakInstance(setup, instance, state, log);
}

async function externalDatabase(
  setup: Partial<Setup>,
  neo4j: Extract<Neo4jTarget, { mode: "external" }>,
  { resetExternal }: { resetExternal: boolean },
  log: Log,
): Promise<Setup> {
  log(`NEO4J_URI is set: soaking against ${neo4j.uri} (database ${neo4j.database}); no local Neo4j.`);
  const graph = Graph.connect(connectionFor(neo4j));
  setup.graph = graph;
  if (resetExternal) {
    log(`--reset-external-database: replacing everything in ${neo4j.uri} with the seed graph.`);
    await verifyAndMigrate(graph);
    await loadSeed(graph, seedDir, log, { replace: true });
  } else {
    log("Nothing is written to it: it must hold the seed graph already (checked before the load starts).");
  }
  return { graph, target: neo4j.uri, startedInstance: undefined, serverEnv: {} };
}

async function soakInstance(
  setup: Partial<Setup>,
  options: InstanceOptions,
  state: SoakState,
  log: Log,
): Promise<Setup> {
  // A fresh data folder every run, so that runs compare: wipe stops a soak instance left running, too.
  const instance = await startInstance(options, log, { wipe: true });
  setup.startedInstance = options.name;
  state.checkInterrupted();
  const graph = Graph.connect(instance.connection);
  setup.graph = graph;
  await verifyAndMigrate(graph);
  state.checkInterrupted();
  await loadSeed(graph, seedDir, log, { replace: true });
  return {
    graph,
    target: `local instance '${options.name}' (${instance.boltUri})`,
    startedInstance: options.name,
    serverEnv: connectionEnv(instance.connection),
  };
}

/** What the report says of the database: its Neo4j and the size of its graph. */
export async function describeDatabase(graph: Graph): Promise<{ neo4j: string; graphSize: string }> {
  const { version, edition } = await graph.verify();
  const counts = await countGraph(graph);
  return {
    graphSize: `${counts.nodes} nodes and ${counts.relationships} relationships`,
    neo4j: `Neo4j ${version} ${edition}`,
  };
}
