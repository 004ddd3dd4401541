import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../src/project.js";
import { connectTestGraph, resetAndSeed } from "./support/graph.js";
import { runProject } from "./support/processes.js";

/** Every command of package.json that a person runs with options, and the file `npm run` starts. */
const COMMANDS = [
  "neo4j",
  "seed",
  "seed:check",
  "import",
  "query",
  "apikey",
  "bench",
  "soak",
  "draft",
  "draft:eval",
] as const;
const scripts = (
  JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts;
const entryOf = (command: string) => {
  const script = scripts[command] ?? "";
  expect(script).toMatch(/^tsx \S+\.ts$/);
  return script.replace(/^tsx /, "");
};

/** A process start of tsx on a busy 2-core machine can take well over vitest's default 30 s. */
const SPAWN_TIMEOUT_MS = 120_000;

describe("the command-line tools", () => {
  // Each test spawns a process and waits: they run side by side.
  describe.concurrent.each(COMMANDS)("npm run %s", (command) => {
    it(
      "answers --help with its usage and options",
      async () => {
        const { code, stdout, stderr } = await runProject([entryOf(command), "--help"]);
        expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
        expect(stdout.split("\n")[0]).toMatch(new RegExp(`^usage: npm run ${command}\\b`));
        expect(stdout).toContain("-h, --help");
      },
      SPAWN_TIMEOUT_MS,
    );

    it(
      "refuses an unknown option in one line",
      async () => {
        const { code, stdout, stderr } = await runProject([entryOf(command), "--no-such-option"]);
        expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
        expect(stderr).toBe(
          `npm run ${command}: unknown option '--no-such-option' (npm run ${command} -- --help shows the usage)\n`,
        );
      },
      SPAWN_TIMEOUT_MS,
    );
  });

  describe("expected failures are one message and a non-zero exit", () => {
    const scratch = mkdtempSync(path.join(tmpdir(), "cli-test-"));
    afterAll(() => {
      rmSync(scratch, { recursive: true, force: true });
    });

    it("import: a YAML syntax error names the file and the line, and nothing is opened", async () => {
      const file = path.join(scratch, "broken.yaml");
      writeFileSync(file, "source:\n  id: source:x\n  textFile: [a.txt\nentities:\n");
      // A Neo4j that does not exist: the syntax error must come before any connection.
      const { code, stdout, stderr } = await runProject([entryOf("import"), file], {
        NEO4J_URI: "bolt://127.0.0.1:1",
      });
      expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
      expect(stderr).toMatch(
        new RegExp(`^error: ${file}: not imported: YAML \\w+: .* at line 4, column 1\\n$`),
      );
    });

    it("import: a missing file, and a missing argument", async () => {
      const missing = await runProject([entryOf("import"), path.join(scratch, "nowhere.yaml")]);
      expect(missing).toEqual({
        code: 1,
        stdout: "",
        stderr: `error: ${path.join(scratch, "nowhere.yaml")}: no such file or directory\n`,
      });
      const none = await runProject([entryOf("import")]);
      expect(none).toEqual({
        code: 2,
        stdout: "",
        stderr: "npm run import: missing FILE.yaml (npm run import -- --help shows the usage)\n",
      });
    });

    it("seed: a Neo4j that cannot be reached", async () => {
      const { code, stderr } = await runProject([entryOf("seed")], { NEO4J_URI: "bolt://127.0.0.1:1" });
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /^error: Neo4j at bolt:\/\/127\.0\.0\.1:1 \(database 'neo4j'\) is unavailable: .*ECONNREFUSED.*\n$/,
      );
    });

    it("apikey and neo4j: a wrong argument", async () => {
      expect(await runProject([entryOf("apikey"), "ana", "boss"])).toEqual({
        code: 2,
        stdout: "",
        stderr:
          "npm run apikey: ROLE must be one of reader, editor, admin, got 'boss' (npm run apikey -- --help shows the usage)\n",
      });
      const neo4j = await runProject([entryOf("neo4j"), "restart"]);
      expect(neo4j.code).toBe(2);
      expect(neo4j.stderr).toMatch(/^npm run neo4j: unknown command 'restart'; expected start, stop, .*\n$/);
    });

    it("query: variables that are not JSON", async () => {
      const { code, stderr } = await runProject([entryOf("query"), "{ stats { entities } }", "{id:"]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^npm run query: the variables are not JSON: .*\n$/);
    });
  });

  describe("npm run query", () => {
    const graph = connectTestGraph();
    beforeAll(() => resetAndSeed(graph));
    afterAll(() => graph.close());

    it("prints the answer and exits 0", async () => {
      const { code, stdout } = await runProject([entryOf("query"), '{ entity(id: "org:ilmate") { id } }']);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual({ data: { entity: { id: "org:ilmate" } } });
    });

    it.each([
      ["a syntax error", "{ stats { entities }", "GRAPHQL_PARSE_FAILED"],
      ["a validation error", "{ stats { nosuchfield } }", "GRAPHQL_VALIDATION_FAILED"],
      ["NOT_FOUND", '{ neighborhood(id: "org:nope") { truncated } }', "NOT_FOUND"],
    ])("exits 1 when the answer has %s", async (_what, query, errorCode) => {
      const { code, stdout } = await runProject([entryOf("query"), query]);
      expect(code).toBe(1);
      const answer = JSON.parse(stdout) as { errors: { extensions: { code: string } }[] };
      expect(answer.errors.map((e) => e.extensions.code)).toEqual([errorCode]);
    });
  });
});
