import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import neo4j from "neo4j-driver";
import { checkJava, ensureNeo4jDistribution, LocalNeo4jError } from "./install.js";
import { instancePaths } from "./paths.js";
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
    // A local development server: no auth, reachable from this machine only.
    "dbms.security.auth_enabled=false",
    "server.default_listen_address=127.0.0.1",
    "server.default_advertised_address=localhost",
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    `server.http.listen_address=127.0.0.1:${options.httpPort}`,
    "server.https.enabled=false",
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.plugins=${paths.plugins}`,
    `server.memory.pagecache.size=${options.pageCache}`,
    // The machines reach no host but package registries: do not try to phone home.
    "dbms.usage_report.enabled=false",
    "server.http_enabled_modules=TRANSACTIONAL_ENDPOINTS,BROWSER,QUERY_API_ENDPOINTS",
    // Without authentication, only pages served by this server may call its HTTP API (no other web page).
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

async function boltAnswers(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2000 });
  // An auto-commit query is tried once; executeQuery would retry for half a minute.
  const session = driver.session({ database: "neo4j" });
  try {
    await session.run("RETURN 1");
    return true;
  } catch {
    return false;
  } finally {
    await session.close();
    await driver.close();
  }
}

/**
 * Starts the real Neo4j server of one local instance (downloading it first if needed) and waits until
 * Bolt answers a query. If that instance is already running it is reused.
 */
export async function startInstance(
  options: InstanceOptions,
  log: Log,
  { wipe = false }: { wipe?: boolean } = {},
): Promise<StartResult> {
  const paths = instancePaths(options.name);
  const boltUri = `bolt://127.0.0.1:${options.boltPort}`;
  const httpUrl = `http://127.0.0.1:${options.httpPort}`;

  const existing = runningPid(options.name);
  if (existing !== undefined) {
    if (wipe) {
      await stopInstance(options.name, log);
    } else {
      if (!(await boltAnswers(boltUri))) {
        throw new LocalNeo4jError(
          `Neo4j instance '${options.name}' is running (pid ${existing}) but does not answer on ${boltUri}; ` +
            `stop it with 'npm run neo4j -- stop' and try again.`,
        );
      }
      return { boltUri, httpUrl, pid: existing, startedNow: false, seconds: 0 };
    }
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

  log(`Starting Neo4j ${NEO4J_VERSION} (instance '${options.name}', Bolt ${options.boltPort})...`);
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
  const child = { exited: false };
  java.once("exit", () => {
    child.exited = true;
  });
  java.unref();
  const pid = java.pid;
  if (pid === undefined) throw new LocalNeo4jError("could not spawn 'java'");
  writeFileSync(paths.pidFile, `${pid}\n`);

  // The timeout counts from the JVM's start, not from before a (possibly slow) first download.
  const spawned = Date.now();
  const deadline = spawned + options.startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exited || !isAlive(pid)) {
      rmSync(paths.pidFile, { force: true });
      throw new LocalNeo4jError(
        `Neo4j exited while starting. Last lines of its log:\n${logTail(options.name)}`,
      );
    }
    if (await boltAnswers(boltUri)) {
      const seconds = (Date.now() - spawned) / 1000;
      log(`Neo4j ${NEO4J_VERSION} is up on ${boltUri} (HTTP ${httpUrl}) after ${seconds.toFixed(1)} s.`);
      return { boltUri, httpUrl, pid, startedNow: true, seconds };
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
