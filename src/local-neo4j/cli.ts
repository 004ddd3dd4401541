/**
 * `npm run neo4j -- start|stop|status|logs [--instance NAME]`: manages this project's local Neo4j server.
 */
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.js";
import { LocalNeo4jError } from "./install.js";
import { logTail, runningPid, startInstance, stopInstance } from "./instance.js";
import { instanceOptions, TEST_INSTANCE } from "./options.js";
import { NEO4J_VERSION } from "./version.js";

const USAGE = `usage: npm run neo4j -- <start|stop|status|logs> [--instance dev|test]

  start    download Neo4j ${NEO4J_VERSION} once, start it, wait until Bolt answers
  stop     stop it cleanly
  status   say whether it runs, and where
  logs     print the tail of its log`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { instance: { type: "string", default: "dev" }, help: { type: "boolean", short: "h" } },
  });
  const command = positionals[0];
  if (values.help || command === undefined) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  if (config.neo4j.mode === "external") {
    console.error(
      `NEO4J_URI is set (${config.neo4j.uri}): that server is used and no local Neo4j is managed.`,
    );
    return 2;
  }
  if (!/^[a-z0-9-]+$/.test(values.instance)) {
    console.error(`--instance must be lower-case letters, digits and '-', got '${values.instance}'`);
    return 2;
  }
  const options =
    values.instance === "test" ? TEST_INSTANCE : { ...instanceOptions(config.neo4j), name: values.instance };
  const log = (line: string) => {
    console.log(line);
  };
  switch (command) {
    case "start": {
      const result = await startInstance(options, log);
      if (!result.startedNow) log(`Neo4j is already running (pid ${result.pid}) on ${result.boltUri}.`);
      log(`Query API and Browser: ${result.httpUrl}/browser/  (no authentication)`);
      return 0;
    }
    case "stop":
      if (!(await stopInstance(options.name, log))) log(`Neo4j instance '${options.name}' is not running.`);
      return 0;
    case "status": {
      const pid = runningPid(options.name);
      log(
        pid === undefined
          ? `Neo4j instance '${options.name}' is not running.`
          : `Neo4j ${NEO4J_VERSION} instance '${options.name}' is running (pid ${pid}) on bolt://127.0.0.1:${options.boltPort}, http://127.0.0.1:${options.httpPort}.`,
      );
      return pid === undefined ? 3 : 0;
    }
    case "logs":
      log(logTail(options.name, 60));
      return 0;
    default:
      console.error(`unknown command '${command}'\n\n${USAGE}`);
      return 2;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof LocalNeo4jError || error instanceof ConfigError) {
      console.error(`error: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  },
);
