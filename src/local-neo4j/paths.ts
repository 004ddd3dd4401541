import path from "node:path";
import { projectRoot } from "../project.js";
import { NEO4J_VERSION } from "./version.js";

/** Everything downloaded or written for local Neo4j servers lives here, and it is git-ignored. */
export const neo4jRoot = path.join(projectRoot, ".neo4j");

export interface InstancePaths {
  home: string;
  conf: string;
  data: string;
  logs: string;
  plugins: string;
  pidFile: string;
  consoleLog: string;
  /** The generated password of the instance's `neo4j` user (mode 0600), kept when the data is wiped. */
  passwordFile: string;
  /** Where neo4j-admin's set-initial-password leaves the password for Neo4j to apply at its next start. */
  authIni: string;
}

/** The downloaded jars of one Neo4j version, shared by every instance. */
export function distributionDir(version = NEO4J_VERSION): string {
  return path.join(neo4jRoot, "dist", version);
}

export function instancePaths(name: string): InstancePaths {
  const home = path.join(neo4jRoot, "instances", name);
  return {
    home,
    conf: path.join(home, "conf"),
    data: path.join(home, "data"),
    logs: path.join(home, "logs"),
    plugins: path.join(home, "plugins"),
    pidFile: path.join(home, "neo4j.pid"),
    consoleLog: path.join(home, "logs", "console.log"),
    passwordFile: path.join(home, "password"),
    authIni: path.join(home, "data", "dbms", "auth.ini"),
  };
}

/** A path as a person in the project folder would type it (`.neo4j/instances/dev/password`). */
export function projectRelative(file: string): string {
  return path.relative(projectRoot, file);
}
