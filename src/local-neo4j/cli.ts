/**
 * `npm run neo4j -- start|stop|status|logs|password [--instance NAME]`: manages this project's local Neo4j
 * server.
 */
import { loadConfig } from "../config.js";
import { runCommand, UsageError } from "../run-command.js";
import { browserHint, logTail, runningPid, startInstance, stopInstance, writtenPorts } from "./instance.js";
import { instanceOptions, TEST_INSTANCE } from "./options.js";
import { instancePassword, LOCAL_USERNAME } from "./password.js";
import { instancePaths, projectRelative } from "./paths.js";
import { NEO4J_VERSION } from "./version.js";

const USAGE = `usage: npm run neo4j -- <start|stop|status|logs|password> [--instance NAME]

Manages this project's local Neo4j ${NEO4J_VERSION} (in .neo4j/; not used when NEO4J_URI is set).

  start      download Neo4j once, start it, wait until Bolt answers
  stop       stop it cleanly
  status     say whether it runs, and where (exit 3 when it does not run)
  logs       print the tail of its log
  password   print how to log in to it (user neo4j, its generated password, Neo4j Browser)

options:
  --instance NAME   dev (the default, or NEO4J_INSTANCE), test (the tests' own), or another name
  -h, --help        show this help`;

const COMMANDS = ["start", "stop", "status", "logs", "password"] as const;
type Command = (typeof COMMANDS)[number];

const log = (line: string) => {
  console.log(line);
};

runCommand(
  {
    name: "npm run neo4j",
    usage: USAGE,
    options: { instance: { type: "string" } },
    positionals: ["COMMAND"],
  },
  async ({ values, positionals }) => {
    const command = positionals[0] ?? "";
    if (!(COMMANDS as readonly string[]).includes(command)) {
      throw new UsageError(`unknown command '${command}'; expected ${COMMANDS.join(", ")}`);
    }
    const config = loadConfig();
    if (config.neo4j.mode === "external") {
      throw new UsageError(
        `NEO4J_URI is set (${config.neo4j.uri}): that server is used and no local Neo4j is managed`,
      );
    }
    const name = values.instance ?? config.neo4j.instance;
    if (!/^[a-z0-9-]+$/.test(name)) {
      throw new UsageError(`--instance must be lower-case letters, digits and '-', got '${name}'`);
    }
    const options = name === "test" ? TEST_INSTANCE : { ...instanceOptions(config.neo4j), name };
    return run(command as Command, options);
  },
);

async function run(command: Command, options: ReturnType<typeof instanceOptions>): Promise<number> {
  // An instance started before (by the tests, the bench, the soak) listens where its neo4j.conf says.
  const ports = writtenPorts(options.name) ?? options;
  switch (command) {
    case "start": {
      const result = await startInstance(options, log);
      if (!result.startedNow) log(`Neo4j is already running (pid ${result.pid}) on ${result.boltUri}.`);
      log(browserHint(options.name, result.httpUrl));
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
          : `Neo4j ${NEO4J_VERSION} instance '${options.name}' is running (pid ${pid}) on bolt://127.0.0.1:${ports.boltPort}, http://127.0.0.1:${ports.httpPort}.`,
      );
      return pid === undefined ? 3 : 0;
    }
    case "logs":
      log(logTail(options.name, 60));
      return 0;
    case "password": {
      const password = instancePassword(options.name);
      log(`Neo4j instance '${options.name}' (bolt://127.0.0.1:${ports.boltPort}) logs in with:`);
      log(`  user      ${LOCAL_USERNAME}`);
      log(`  password  ${password}`);
      log(
        `Neo4j Browser: http://127.0.0.1:${ports.httpPort}/browser/ (Connect URL neo4j://127.0.0.1:${ports.boltPort}, ` +
          `then this user and password).`,
      );
      log(
        `The password is kept in ${projectRelative(instancePaths(options.name).passwordFile)} (readable by you only).`,
      );
      return 0;
    }
  }
}
