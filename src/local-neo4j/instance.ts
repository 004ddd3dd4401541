import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import neo4j from "neo4j-driver";
import type { Connection } from "../graph/driver.js";
import { checkJava, ensureNeo4jDistribution, LocalNeo4jError } from "./install.js";
import { applyInitialPassword, instancePassword, LOCAL_USERNAME } from "./password.js";
import { instancePaths, projectRelative } from "./paths.js";
import { NEO4J_VERSION } from "./version.js";

export interface InstanceOptions {
  /** Instance name: its folder under .neo4j/instances/ (e.g. `dev`, `test`). */
  name: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
}

export interface StartResult {
  boltUri: string;
  httpUrl: string;
  /** How the project's processes log in: the instance's Bolt URI, user `neo4j` and its generated password. */
  connection: Connection;
  pid: number;
  /** False when a server of this instance was already running and is reused. */
  startedNow: boolean;
  seconds: number;
}

type Log = (line: string) => void;

/** The JVM flags of the official neo4j.conf that matter for a small server. */
const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.tls.ephemeralDHKeySize=2048",
  "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/java.util=ALL-UNNAMED",
];

function neo4jConf(options: InstanceOptions): string {
  const paths = instancePaths(options.name);
  return [
    "# Written by `npm run neo4j`; edits are overwritten at the next start.",
    // Reachable from this machine only, and with a password (see password.ts): Bolt over WebSocket has no
    // Origin check, so any web page the developer visits could otherwise run Cypher here.
    "dbms.security.auth_enabled=true",
    "server.default_listen_address=127.0.0.1",
    "server.default_advertised_address=127.0.0.1",
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    // Advertised in the discovery document at the HTTP port, from which Neo4j Browser takes its connect URL.
    `server.bolt.advertised_address=127.0.0.1:${options.boltPort}`,
    `server.http.listen_address=127.0.0.1:${options.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${options.httpPort}`,
    "server.https.enabled=false",
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.plugins=${paths.plugins}`,
    `server.memory.pagecache.size=${options.pageCache}`,
    // The machines reach no host but package registries: do not try to phone home.
    "dbms.usage_report.enabled=false",
    "client.allow_telemetry=false",
    "server.http_enabled_modules=TRANSACTIONAL_ENDPOINTS,BROWSER,QUERY_API_ENDPOINTS",
    // Only pages served by this server (Neo4j Browser) may call its HTTP API from a browser.
    `dbms.security.http_access_control_allow_origin=http://127.0.0.1:${options.httpPort}`,
    "db.tx_log.rotation.retention_policy=2 days",
    "",
  ].join("\n");
}

function readPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of this instance's running server, if any (a stale pid file is removed). */
/**
 * Whether `pid` is this instance's Neo4j and not, after a reboot, an unrelated process that got its number.
 * Where /proc is missing (not Linux) the pid file is trusted.
 */
function isOurNeo4j(pid: number, home: string): boolean {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync("/proc/self/cmdline")) return true;
  if (!existsSync(cmdline)) return false;
  const args = readFileSync(cmdline, "utf8").split("\0");
  return args.includes("org.neo4j.server.CommunityEntryPoint") && args.includes(`--home-dir=${home}`);
}

export function runningPid(name: string): number | undefined {
  const { pidFile, home } = instancePaths(name);
  const pid = readPid(pidFile);
  if (pid !== undefined && isAlive(pid) && isOurNeo4j(pid, home)) return pid;
  rmSync(pidFile, { force: true });
  return undefined;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => {
      resolve(true);
    });
    probe.once("listening", () =>
      probe.close(() => {
        resolve(false);
      }),
    );
    probe.listen(port, "127.0.0.1");
  });
}

/** The last lines of the server's own logs, to show when it fails to start. */
export function logTail(name: string, lines = 30): string {
  const paths = instancePaths(name);
  for (const file of [paths.consoleLog, `${paths.logs}/neo4j.log`]) {
    if (existsSync(file)) {
      const text = readFileSync(file, "utf8").trimEnd().split("\n");
      return text.slice(-lines).join("\n");
    }
  }
  return "(no log written)";
}

/** What a login over Bolt says: the server answers, refuses the password, or cannot be reached (yet). */
type BoltState = "answers" | "refused" | "unreachable";

async function probeBolt(uri: string, password: string): Promise<BoltState> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(LOCAL_USERNAME, password), { connectionTimeout: 2000 });
  // An auto-commit query is tried once; executeQuery would retry for half a minute.
  const session = driver.session({ database: "neo4j" });
  try {
    await session.run("RETURN 1");
    return "answers";
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && code.startsWith("Neo.ClientError.Security.")
      ? "refused"
      : "unreachable";
  } finally {
    await session.close();
    await driver.close();
  }
}

function refusedError(name: string): LocalNeo4jError {
  const { passwordFile, data } = instancePaths(name);
  return new LocalNeo4jError(
    `Neo4j instance '${name}' refuses the password in ${projectRelative(passwordFile)}: its data folder has ` +
      `another one. If you changed it, put the new one in that file; or stop Neo4j and delete ` +
      `${projectRelative(data)} to start afresh (its graph is lost; npm start loads the seed again).`,
  );
}

/** Reuses the instance's running server, which must accept its password. */
async function reuseRunning(options: InstanceOptions, pid: number, log: Log): Promise<StartResult> {
  const password = instancePassword(options.name);
  const result = startResult(options, password, pid, false, 0);
  const state = await probeBolt(result.boltUri, password);
  if (state === "refused") throw refusedError(options.name);
  if (state === "unreachable") {
    throw new LocalNeo4jError(
      `Neo4j instance '${options.name}' is running (pid ${pid}) but does not answer on ${result.boltUri}; ` +
        `stop it with 'npm run neo4j -- stop' and try again.`,
    );
  }
  const conf = readFileSync(`${instancePaths(options.name).conf}/neo4j.conf`, "utf8");
  if (!conf.includes("dbms.security.auth_enabled=true")) {
    log(
      `warning: Neo4j instance '${options.name}' was started without authentication (by an older version of ` +
        `this project); restart it (npm run neo4j -- stop) to turn authentication on.`,
    );
  }
  return result;
}

function startResult(
  options: InstanceOptions,
  password: string,
  pid: number,
  startedNow: boolean,
  seconds: number,
): StartResult {
  const boltUri = `bolt://127.0.0.1:${options.boltPort}`;
  return {
    boltUri,
    httpUrl: `http://127.0.0.1:${options.httpPort}`,
    connection: { uri: boltUri, username: LOCAL_USERNAME, password, database: "neo4j" },
    pid,
    startedNow,
    seconds,
  };
}

/** Spawns the server's JVM in its own process group and records its pid. */
function spawnNeo4j(options: InstanceOptions, lib: string): { pid: number; exited: () => boolean } {
  const paths = instancePaths(options.name);
  const out = openSync(paths.consoleLog, "w");
  const java = spawn(
    "java",
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      ...JVM_FLAGS,
      "-cp",
      `${paths.plugins}/*:${paths.conf}/*:${lib}/*`,
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${paths.home}`,
      `--config-dir=${paths.conf}`,
      "--console-mode",
    ],
    // Its own process group, so a Ctrl-C in the terminal reaches us first and we stop it cleanly.
    { detached: true, stdio: ["ignore", out, out] },
  );
  closeSync(out);
  // The exit event, not kill(pid, 0), tells that our own child died: an unreaped child still looks alive.
  let exited = false;
  java.once("exit", () => {
    exited = true;
  });
  java.unref();
  const pid = java.pid;
  if (pid === undefined) throw new LocalNeo4jError("could not spawn 'java'");
  writeFileSync(paths.pidFile, `${pid}\n`);
  return { pid, exited: () => exited };
}

/**
 * Starts the real Neo4j server of one local instance (downloading it first if needed) and waits until
 * Bolt answers a query with the instance's password. If that instance is already running it is reused.
 */
export async function startInstance(
  options: InstanceOptions,
  log: Log,
  { wipe = false }: { wipe?: boolean } = {},
): Promise<StartResult> {
  const paths = instancePaths(options.name);
  const existing = runningPid(options.name);
  if (existing !== undefined) {
    if (!wipe) return reuseRunning(options, existing, log);
    await stopInstance(options.name, log);
  }

  checkJava();
  const lib = await ensureNeo4jDistribution(log);
  for (const port of [options.boltPort, options.httpPort]) {
    if (await portInUse(port)) {
      throw new LocalNeo4jError(
        `port ${port} on 127.0.0.1 is already in use, so Neo4j cannot listen there; stop what uses it ` +
          `or choose other ports with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT.`,
      );
    }
  }
  if (wipe) rmSync(paths.data, { recursive: true, force: true });
  for (const dir of [paths.conf, paths.data, paths.logs, paths.plugins]) mkdirSync(dir, { recursive: true });
  writeFileSync(`${paths.conf}/neo4j.conf`, neo4jConf(options));
  const password = instancePassword(options.name);
  await applyInitialPassword(paths, lib);

  log(`Starting Neo4j ${NEO4J_VERSION} (instance '${options.name}', Bolt ${options.boltPort})...`);
  const java = spawnNeo4j(options, lib);
  const result = await waitForBolt(options, java, password);
  log(
    `Neo4j ${NEO4J_VERSION} is up on ${result.boltUri} (HTTP ${result.httpUrl}) after ${result.seconds.toFixed(1)} s.`,
  );
  return result;
}

/** How a person logs in to the instance with Neo4j Browser (the password itself is not printed in logs). */
export function browserHint(name: string, httpUrl: string): string {
  const command = `npm run neo4j -- password${name === "dev" ? "" : ` --instance ${name}`}`;
  return `Neo4j Browser: ${httpUrl}/browser/ (user ${LOCAL_USERNAME}; '${command}' shows the password)`;
}

/** The ports in the instance's neo4j.conf, as its last start wrote them; undefined before a first start. */
export function writtenPorts(name: string): { boltPort: number; httpPort: number } | undefined {
  const file = `${instancePaths(name).conf}/neo4j.conf`;
  if (!existsSync(file)) return undefined;
  const conf = readFileSync(file, "utf8");
  const bolt = /^server\.bolt\.listen_address=.*:(\d+)$/m.exec(conf)?.[1];
  const http = /^server\.http\.listen_address=.*:(\d+)$/m.exec(conf)?.[1];
  return bolt && http ? { boltPort: Number(bolt), httpPort: Number(http) } : undefined;
}

/** Waits until the new server answers with its password; it is stopped if it refuses or times out. */
async function waitForBolt(
  options: InstanceOptions,
  java: { pid: number; exited: () => boolean },
  password: string,
): Promise<StartResult> {
  const { pidFile } = instancePaths(options.name);
  // The timeout counts from the JVM's start, not from before a (possibly slow) first download.
  const spawned = Date.now();
  const deadline = spawned + options.startTimeoutMs;
  const boltUri = `bolt://127.0.0.1:${options.boltPort}`;
  while (Date.now() < deadline) {
    if (java.exited() || !isAlive(java.pid)) {
      rmSync(pidFile, { force: true });
      throw new LocalNeo4jError(
        `Neo4j exited while starting. Last lines of its log:\n${logTail(options.name)}`,
      );
    }
    const state = await probeBolt(boltUri, password);
    if (state === "answers") {
      return startResult(options, password, java.pid, true, (Date.now() - spawned) / 1000);
    }
    if (state === "refused") {
      await stopInstance(options.name, () => undefined);
      throw refusedError(options.name);
    }
    await sleep(250);
  }
  await stopInstance(options.name, () => undefined);
  throw new LocalNeo4jError(
    `Neo4j did not answer on ${boltUri} within ${options.startTimeoutMs / 1000} s ` +
      `(raise NEO4J_START_TIMEOUT_SECONDS on a slow machine). Last lines of its log:\n${logTail(options.name)}`,
  );
}

/** Stops the instance's server: SIGTERM for a clean shutdown, SIGKILL if it has not exited in time. */
export async function stopInstance(name: string, log: Log, timeoutMs = 30_000): Promise<boolean> {
  const pid = runningPid(name);
  if (pid === undefined) return false;
  log(`Stopping Neo4j (instance '${name}', pid ${pid})...`);
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) {
    log(`Neo4j did not stop within ${timeoutMs / 1000} s; killing it.`);
    process.kill(pid, "SIGKILL");
    const killDeadline = Date.now() + 10_000;
    while (isAlive(pid) && Date.now() < killDeadline) await sleep(50);
  }
  rmSync(instancePaths(name).pidFile, { force: true });
  log("Neo4j stopped.");
  return true;
}
