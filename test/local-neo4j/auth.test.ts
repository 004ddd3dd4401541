import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Graph } from "../../src/graph/driver.js";
import { instancePaths } from "../../src/local-neo4j/paths.js";
import { projectRoot } from "../../src/project.js";
import { helloOverWebSocket } from "../support/bolt-websocket.js";
import { localInstance, type LocalInstance } from "../support/local-instance.js";
import { runProject } from "../support/processes.js";

/**
 * A local Neo4j asks for its generated password: a web page the developer visits (any Origin) cannot run
 * Cypher on it, over Bolt's WebSocket or the HTTP API, while the project's own processes log in.
 */
describe("the local Neo4j's authentication", () => {
  let instance: LocalInstance;
  beforeAll(async () => {
    instance = await localInstance("auth-test");
  });
  afterAll(() => instance.release());

  it("keeps a generated password in the instance folder, readable by its owner only and git-ignored", () => {
    const { passwordFile } = instancePaths(instance.name);
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    const password = readFileSync(passwordFile, "utf8").trim();
    expect(password).toMatch(/^[\w-]{24}$/);
    expect(instance.connection).toMatchObject({ username: "neo4j", password });
    // git check-ignore exits 0 when the path is ignored.
    execFileSync("git", ["check-ignore", "-q", passwordFile], { cwd: projectRoot });
  });

  it("refuses a HELLO without credentials over WebSocket from a foreign Origin", async () => {
    const answer = await helloOverWebSocket(instance.boltPort, "https://evil.example");
    expect(answer).toEqual({
      upgraded: true,
      hello: "FAILURE",
      code: "Neo.ClientError.Security.Unauthorized",
    });
  });

  it("refuses Bolt without credentials or with a wrong password, and the HTTP API without credentials", async () => {
    for (const auth of [undefined, neo4j.auth.basic("neo4j", "not-the-password")]) {
      const driver = neo4j.driver(`bolt://127.0.0.1:${instance.boltPort}`, auth);
      try {
        await expect(driver.executeQuery("RETURN 1")).rejects.toMatchObject({
          code: "Neo.ClientError.Security.Unauthorized",
        });
      } finally {
        await driver.close();
      }
    }
    const response = await fetch(`${instance.httpUrl}/db/neo4j/query/v2`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ statement: "RETURN 1" }),
    });
    expect(response.status).toBe(401);
    // Nor may another site's page read what it answers.
    expect(response.headers.get("access-control-allow-origin")).toBe(`http://127.0.0.1:${instance.httpPort}`);
  });

  it("lets the project log in, and `npm run neo4j -- password` says how", async () => {
    const graph = Graph.connect(instance.connection);
    try {
      expect(await graph.verify()).toMatchObject({ edition: "community" });
    } finally {
      await graph.close();
    }
    const { code, stdout } = await runProject(
      ["src/local-neo4j/cli.ts", "password", "--instance", instance.name],
      { NEO4J_URI: "" },
    );
    expect(code).toBe(0);
    expect(stdout).toContain(`Neo4j instance '${instance.name}' (bolt://127.0.0.1:${instance.boltPort})`);
    expect(stdout).toContain(`  password  ${instance.connection.password ?? ""}\n`);
    expect(stdout).toContain(
      `Neo4j Browser: ${instance.httpUrl}/browser/ (Connect URL neo4j://127.0.0.1:${instance.boltPort}`,
    );
  });
});
