import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config.js";
import type { Connection } from "../../src/graph/driver.js";
import { startInstance, stopInstance } from "../../src/local-neo4j/instance.js";
import { TEST_INSTANCE } from "../../src/local-neo4j/options.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's Neo4j and how to log in to it. */
    neo4j: Connection;
    /** The project's own test instance when the run uses it (not with NEO4J_URI): its Bolt and HTTP URLs. */
    testInstance: { boltUri: string; httpUrl: string } | null;
  }
}

/**
 * Gives the test run a real Neo4j: the project's own `test` instance on ports 7697/7484 with a fresh data
 * folder and its generated password, stopped afterwards; or the server at NEO4J_URI when NEO4J_TEST_ALLOW_WIPE=yes is set too (its
 * database is wiped!).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  const log = (line: string) => {
    console.log(`[test neo4j] ${line}`);
  };
  if (config.neo4j.mode === "external") {
    // The tests delete everything in their database: an external one only when asked for explicitly.
    if (process.env.NEO4J_TEST_ALLOW_WIPE === "yes") {
      log(`using NEO4J_URI ${config.neo4j.uri}; the tests delete everything in '${config.neo4j.database}'`);
      project.provide("neo4j", config.neo4j);
      project.provide("testInstance", null);
      return () => Promise.resolve();
    }
    log("NEO4J_URI is set but not used, since the tests delete everything in their database; to run them");
    log("against it, set NEO4J_TEST_ALLOW_WIPE=yes too. Using the project's own test instance instead.");
  }
  const started = await startInstance(TEST_INSTANCE, log, { wipe: true });
  project.provide("neo4j", started.connection);
  project.provide("testInstance", { boltUri: started.boltUri, httpUrl: started.httpUrl });
  // Quietly, so that the run's summary stays its last line.
  return async () => {
    await stopInstance(TEST_INSTANCE.name, () => undefined);
  };
}
