import { spawn } from "node:child_process";
import { describe, expect, inject, it } from "vitest";
import { projectRoot } from "../src/project.js";

/** `npm start` end to end (against the test Neo4j): it serves, and SIGTERM stops it cleanly. */
describe("the server process", () => {
  it("serves GraphQL, then finishes and exits 0 on SIGTERM", async () => {
    const { uri, database } = inject("neo4j");
    // One process (node with tsx's loader), so the signal reaches the server itself.
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_DATABASE: database, PORT: "0", SEED_ON_START: "false" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));

    const deadline = Date.now() + 30_000;
    while (!/ready at (\S+)/.test(output) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    const url = /ready at (\S+)/.exec(output)?.[1];
    expect(url, output).toBeDefined();

    const response = await fetch(url!, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("SIGTERM received: finishing requests in flight, then stopping.");
    expect(output).toContain("Stopped.");
  });
});
