import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { instancePaths } from "../src/local-neo4j/paths.js";
import { postGraphQL } from "./support/http.js";
import { freePorts, spawnNpm, startServerProcess, waitFor } from "./support/processes.js";

/** The pids of the processes whose command line holds `needle` (from /proc: Linux). */
function processesWith(needle: string): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(needle);
      } catch {
        return false; // it exited meanwhile
      }
    })
    .map(Number);
}

/** `npm start` end to end: it serves, and SIGTERM stops it cleanly. */
describe("the server process", () => {
  it("serves GraphQL, then finishes and exits 0 on SIGTERM", async () => {
    const server = await startServerProcess({});

    const { body } = await postGraphQL(server.url, "{ __typename }");
    expect(body).toEqual({ data: { __typename: "Query" } });

    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain("SIGTERM received: finishing requests in flight, then stopping.");
    expect(server.output()).toContain("Stopped.");
  });

  describe("`npm start` with its own local Neo4j", () => {
    // An instance of this test's own, so that the developer's `dev` instance is neither used nor stopped.
    const instance = "signal-test";
    const paths = instancePaths(instance);
    afterAll(() => {
      for (const pid of processesWith(`--home-dir=${paths.home}`)) process.kill(pid, "SIGKILL");
      rmSync(paths.home, { recursive: true, force: true });
    });

    it("stops that Neo4j when its whole process group gets SIGTERM (npm and tsx relay it again)", async () => {
      const [bolt, http, port] = await freePorts(3);
      const start = spawnNpm(["start"], {
        NEO4J_INSTANCE: instance,
        NEO4J_BOLT_PORT: String(bolt),
        NEO4J_HTTP_PORT: String(http),
        NEO4J_HEAP: "512m",
        NEO4J_PAGECACHE: "64m",
        NEO4J_START_TIMEOUT_SECONDS: "240",
        PORT: String(port),
      });
      const url = await waitFor(
        () => `npm start to serve; it printed:\n${start.output()}`,
        () => /GraphQL API ready at (\S+)/.exec(start.output())?.[1],
        300_000,
      );
      expect((await postGraphQL(url, "{ __typename }")).body).toEqual({ data: { __typename: "Query" } });
      // The banner says how to log in to that Neo4j with its Browser.
      expect(start.output()).toContain(
        `Neo4j Browser: http://127.0.0.1:${http}/browser/ (user neo4j; 'npm run neo4j -- password --instance ${instance}' shows the password)`,
      );
      const neo4jPid = Number(readFileSync(paths.pidFile, "utf8"));
      expect(processesWith(`--home-dir=${paths.home}`)).toEqual([neo4jPid]);

      // What a terminal's process manager (and the tests' own tools) do: signal every process of the group.
      process.kill(-(start.child.pid ?? 0), "SIGTERM");
      await start.closed;

      const output = start.output();
      expect(output.match(/SIGTERM received/g)).toHaveLength(1);
      expect(output).not.toContain("again");
      expect(output).toContain(`Stopping Neo4j (instance '${instance}', pid ${neo4jPid})...`);
      expect(output).toContain("Stopped.");
      expect(processesWith(`--home-dir=${paths.home}`)).toEqual([]);
      expect(existsSync(paths.pidFile)).toBe(false);
    }, 420_000);
  });
});
