import type { Neo4jTarget } from "../config.js";
import type { InstanceOptions } from "./instance.js";

type LocalTarget = Extract<Neo4jTarget, { mode: "local" }>;

/** The local instance described by the configuration (used by `npm start` and `npm run neo4j`). */
export function instanceOptions(target: LocalTarget): InstanceOptions {
  return {
    name: target.instance,
    boltPort: target.boltPort,
    httpPort: target.httpPort,
    heap: target.heap,
    pageCache: target.pageCache,
    startTimeoutMs: target.startTimeoutMs,
  };
}

/** The test suite's own instance: separate ports and data folder, so it never touches the dev data. */
export const TEST_INSTANCE: InstanceOptions = {
  name: "test",
  boltPort: 7697,
  httpPort: 7484,
  heap: "768m",
  pageCache: "128m",
  startTimeoutMs: 120_000,
};
