import { rmSync } from "node:fs";
import { inject } from "vitest";
import type { Connection } from "../../src/graph/driver.js";
import { startInstance, stopInstance } from "../../src/local-neo4j/instance.js";
import { TEST_INSTANCE } from "../../src/local-neo4j/options.js";
import { instancePaths } from "../../src/local-neo4j/paths.js";
import { freePorts } from "./processes.js";

export interface LocalInstance {
  name: string;
  boltPort: number;
  httpPort: number;
  httpUrl: string;
  connection: Connection;
  /** Stops (and removes) the instance if this helper started it; the run's test instance stays. */
  release(): Promise<void>;
}

/**
 * A local Neo4j instance as this project configures it, for the tests that look at one (its auth, its
 * Neo4j Browser): the run's own `test` instance; or, when the run uses NEO4J_URI instead, an instance
 * named `name` started here on free ports.
 */
export async function localInstance(name: string): Promise<LocalInstance> {
  const test = inject("testInstance");
  if (test) {
    return {
      name: TEST_INSTANCE.name,
      boltPort: TEST_INSTANCE.boltPort,
      httpPort: TEST_INSTANCE.httpPort,
      httpUrl: test.httpUrl,
      connection: inject("neo4j"),
      release: () => Promise.resolve(),
    };
  }
  const [boltPort = 0, httpPort = 0] = await freePorts(2);
  const options = { ...TEST_INSTANCE, name, boltPort, httpPort, heap: "512m", pageCache: "64m" };
  const started = await startInstance(options, () => undefined, { wipe: true });
  return {
    name,
    boltPort,
    httpPort,
    httpUrl: started.httpUrl,
    connection: started.connection,
    async release() {
      await stopInstance(name, () => undefined);
      rmSync(instancePaths(name).home, { recursive: true, force: true });
    },
  };
}
