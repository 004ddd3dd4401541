import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkJava, ensureNeo4jDistribution, LocalNeo4jError } from "../../src/local-neo4j/install.js";
import { startInstance } from "../../src/local-neo4j/instance.js";
import { TEST_INSTANCE } from "../../src/local-neo4j/options.js";
import { instancePaths } from "../../src/local-neo4j/paths.js";

/** The local Neo4j manager explains what is missing instead of failing obscurely. */
describe("local Neo4j errors", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "local-neo4j-"));
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(instancePaths("broken").home, { recursive: true, force: true });
  });

  /** A stand-in command that prints `stderr` and exits with `code`. */
  const fakeCommand = (name: string, stderr: string, code = 0) => {
    const file = path.join(scratch, name);
    writeFileSync(file, `#!/bin/sh\necho '${stderr}' >&2\nexit ${code}\n`);
    chmodSync(file, 0o755);
    return file;
  };

  it("accepts this machine's Java", () => {
    expect(checkJava()).toBeGreaterThanOrEqual(17);
  });

  it("says Java is missing, and how to get it", () => {
    expect(() => checkJava(path.join(scratch, "no-java"))).toThrow(
      /no 'java' is on the PATH.*apt-get install openjdk-17/,
    );
  });

  it("says Java is too old", () => {
    const java11 = fakeCommand("java11", 'openjdk version "11.0.22" 2024-01-16');
    expect(() => checkJava(java11)).toThrow(
      /needs Java 17 or newer; 'java -version' says: openjdk version "11.0.22"/,
    );
  });

  it("says Maven is missing", async () => {
    const dist = path.join(scratch, "dist-no-maven");
    await expect(
      ensureNeo4jDistribution(() => undefined, { dist, mvn: path.join(scratch, "no-mvn") }),
    ).rejects.toThrow(/Maven \('mvn'\) is needed once to download Neo4j/);
  });

  it("says Maven Central is unreachable when Maven cannot download", async () => {
    const offline = fakeCommand(
      "mvn-offline",
      "[ERROR] Could not transfer artifact org.neo4j:neo4j:pom:5.26.31: Unknown host",
      1,
    );
    const error: unknown = await ensureNeo4jDistribution(() => undefined, {
      dist: path.join(scratch, "dist-offline"),
      mvn: offline,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalNeo4jError);
    expect((error as Error).message).toMatch(
      /^Maven Central is unreachable from this machine; could not download Neo4j/,
    );
    expect((error as Error).message).toContain("Could not transfer artifact");
  });

  it("shows the tail of Neo4j's log when it fails to start", async () => {
    // A heap too small for the JVM to start at all.
    const options = { ...TEST_INSTANCE, name: "broken", boltPort: 7698, httpPort: 7485, heap: "1k" };
    await expect(startInstance(options, () => undefined)).rejects.toThrow(
      /Neo4j exited while starting\. Last lines of its log:\n[\s\S]*heap/i,
    );
  });

  it("says which port is taken", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const options = { ...TEST_INSTANCE, name: "port-clash", boltPort: port, httpPort: port + 1 };
      await expect(startInstance(options, () => undefined)).rejects.toThrow(
        new RegExp(`port ${port} on 127.0.0.1 is already in use.*NEO4J_BOLT_PORT`),
      );
    } finally {
      blocker.close();
    }
  });
});
