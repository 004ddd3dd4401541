import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { distributionDir } from "./paths.js";
import { MIN_JAVA_MAJOR, NEO4J_BROWSER_VERSION, NEO4J_VERSION } from "./version.js";

export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
}

type Log = (line: string) => void;

/** Fails with a clear message unless `java` is on the PATH and is at least Java 17. */
export function checkJava(java = "java"): number {
  const result = spawnSync(java, ["-version"], { encoding: "utf8" });
  if (result.error) {
    throw new LocalNeo4jError(
      `Java ${MIN_JAVA_MAJOR}+ is needed to run Neo4j ${NEO4J_VERSION}, but no 'java' is on the PATH ` +
        `(Debian: apt-get install openjdk-17-jre-headless), or set NEO4J_URI to use another Neo4j.`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const major = match ? Number(match[1] === "1" ? match[2] : match[1]) : NaN;
  if (!(major >= MIN_JAVA_MAJOR)) {
    throw new LocalNeo4jError(
      `Neo4j ${NEO4J_VERSION} needs Java ${MIN_JAVA_MAJOR} or newer; 'java -version' says: ` +
        (result.stderr.split("\n")[0] ?? "nothing"),
    );
  }
  return major;
}

function pom(): string {
  const dependency = (group: string, artifact: string, version: string) =>
    `<dependency><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>${version}</version></dependency>`;
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.neo4j-runtime</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>${NEO4J_VERSION}</version>
  <packaging>pom</packaging>
  <dependencies>
    ${dependency("org.neo4j", "neo4j", NEO4J_VERSION)}
    ${dependency("org.neo4j.client", "neo4j-browser", NEO4J_BROWSER_VERSION)}
  </dependencies>
</project>
`;
}

function directorySize(dir: string): number {
  return readdirSync(dir).reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
}

/**
 * Makes sure the jars of the pinned Neo4j Community version are in .neo4j/dist/<version>/lib, resolving
 * them from Maven Central through Maven on the first call. Later calls return at once.
 */
export async function ensureNeo4jDistribution(
  log: Log,
  { dist = distributionDir(), mvn = "mvn" }: { dist?: string; mvn?: string } = {},
): Promise<string> {
  const lib = path.join(dist, "lib");
  const marker = path.join(dist, ".complete");
  if (existsSync(marker)) return lib;

  if (spawnSync(mvn, ["-v"], { encoding: "utf8" }).error) {
    throw new LocalNeo4jError(
      "Maven ('mvn') is needed once to download Neo4j from Maven Central, but it is not on the PATH " +
        "(Debian: apt-get install maven), or set NEO4J_URI to use another Neo4j.",
    );
  }
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  writeFileSync(path.join(dist, "pom.xml"), pom());
  log(`Downloading Neo4j ${NEO4J_VERSION} Community from Maven Central (first run only, about 140 MB)...`);

  const started = Date.now();
  const output: string[] = [];
  let downloaded = 0;
  const code = await new Promise<number | null>((resolve, reject) => {
    const maven = spawn(
      mvn,
      ["-B", "dependency:copy-dependencies", "-DincludeScope=runtime", `-DoutputDirectory=${lib}`],
      { cwd: dist, stdio: ["ignore", "pipe", "pipe"] },
    );
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n")) {
        output.push(line);
        if (output.length > 200) output.shift();
        if (/Downloaded from .*\.jar \(/.test(line)) {
          downloaded += 1;
          if (downloaded % 25 === 0) log(`  ... ${downloaded} jars downloaded`);
        }
      }
    };
    maven.stdout.on("data", onData);
    maven.stderr.on("data", onData);
    maven.on("error", reject);
    maven.on("close", resolve);
  });
  if (code !== 0) {
    const text = output.join("\n");
    const unreachable = /UnknownHost|Could not transfer|Connection refused|timed out|Network is unreachable/i;
    const reason = unreachable.test(text)
      ? "Maven Central is unreachable from this machine"
      : `Maven failed with exit code ${code}`;
    throw new LocalNeo4jError(
      `${reason}; could not download Neo4j ${NEO4J_VERSION}. Last lines of Maven's output:\n` +
        output
          .filter((l) => l.includes("ERROR"))
          .slice(-8)
          .join("\n"),
    );
  }
  const megabytes = directorySize(lib) / 1024 / 1024;
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  log(
    `Neo4j ${NEO4J_VERSION} ready: ${readdirSync(lib).length} jars, ${megabytes.toFixed(0)} MB, ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return lib;
}
