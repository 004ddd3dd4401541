import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { LocalNeo4jError } from "./install.js";
import { instancePaths, projectRelative, type InstancePaths } from "./paths.js";

/** The user every local instance has (Neo4j Community has one administrator, `neo4j`). */
export const LOCAL_USERNAME = "neo4j";

/**
 * The password of the instance's `neo4j` user: generated on first use (24 random characters) and kept in
 * the instance folder, readable by its owner only. A web page the developer visits can reach 127.0.0.1,
 * and Bolt over WebSocket has no Origin check, so a local Neo4j without a password is open to any site.
 */
export function instancePassword(name: string): string {
  const { home, passwordFile } = instancePaths(name);
  if (!existsSync(passwordFile)) {
    mkdirSync(home, { recursive: true });
    // base64url: no quote, space or '#', so the file can be handed to neo4j-admin as an argument file.
    writeFileSync(passwordFile, `${randomBytes(18).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  }
  chmodSync(passwordFile, 0o600);
  const password = readFileSync(passwordFile, "utf8").trim();
  if (!/^[\w-]{8,}$/.test(password)) {
    throw new LocalNeo4jError(
      `${projectRelative(passwordFile)} must hold one password of at least 8 letters, digits, '-' or '_'; ` +
        `delete it to have a new one generated (then also delete the instance's data folder).`,
    );
  }
  return password;
}

/**
 * Hands the password to Neo4j before it starts, as `neo4j-admin dbms set-initial-password` does: it writes
 * data/dbms/auth.ini, which Neo4j applies when it creates its system database, and also to a `neo4j` user
 * that still has the default password (a data folder made before authentication was turned on). Runs
 * only when auth.ini is missing: on the first start and after the data folder was wiped.
 */
export async function applyInitialPassword(paths: InstancePaths, lib: string): Promise<void> {
  if (existsSync(paths.authIni)) return;
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const admin = spawn(
      "java",
      [
        "-Xmx128m",
        "-XX:+UseSerialGC",
        "-cp",
        `${lib}/*`,
        "org.neo4j.cli.AdminTool",
        "dbms",
        "set-initial-password",
        // An argument file (picocli reads it), so the password never appears in a process list.
        `@${paths.passwordFile}`,
      ],
      {
        env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    admin.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    admin.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    admin.on("error", reject);
    admin.on("close", resolve);
  });
  if (code !== 0 || !existsSync(paths.authIni)) {
    throw new LocalNeo4jError(
      `neo4j-admin could not set the initial password (exit ${code}): ${output.join("").trim()}`,
    );
  }
}
