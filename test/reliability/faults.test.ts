import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, parseApiKeys } from "../../src/api-keys.js";
import { connectionEnv } from "../../src/config.js";
import { Graph, type Connection } from "../../src/graph/driver.js";
import { startInstance, stopInstance, type InstanceOptions } from "../../src/local-neo4j/instance.js";
import { projectRoot } from "../../src/project.js";
import { startHttpServer, type RunningServer } from "../../src/http.js";
import { resetAndSeed } from "../support/graph.js";
import { postGraphQL, type GraphQLBody } from "../support/http.js";
import {
  once,
  spawnProject,
  startServerProcess,
  waitFor,
  type ProjectProcess,
} from "../support/processes.js";

/**
 * Failure modes with a real Neo4j that these tests stop, kill -9 and restart, and real server processes
 * they kill: so the suite has its own instance, even when NEO4J_URI names another server (these tests
 * must own the process they kill).
 */
const FAULTS_INSTANCE: InstanceOptions = {
  name: "faults",
  boltPort: 7702,
  httpPort: 7489,
  heap: "512m",
  pageCache: "64m",
  startTimeoutMs: 120_000,
};
const quiet = () => undefined;
/** Per test: a stop and a restart of Neo4j can take minutes on a busy machine. */
const LONG = 300_000;

const { token, entry } = createApiKey("edo", "editor");
const auth = { keys: parseApiKeys(entry).keys, readAccess: "public" as const };

const SOURCE_ID = "source:test-faults";
/** Sentence i of the test source, which entity i quotes as its evidence. */
const sentence = (i: number) => `Perusahaan Uji ${i} menandatangani kontrak pengolahan nikel`;
const SOURCE_TEXT = Array.from({ length: 400 }, (_, i) => `${sentence(i)}.`).join(" ");

const ADD_SOURCE = `mutation ($input: SourceInput!) { addSource(input: $input) { userErrors { message } } }`;
const UPSERT = `mutation ($input: EntityInput!) {
  upsertEntity(input: $input) { entity { id aliases } userErrors { field message } } }`;
const IMPORT = `mutation ($input: ImportInput!) {
  importSource(input: $input) { applied report { changes createdEntities } userErrors { field message } } }`;

const companyInput = (i: number, aliases: string[] = []) => ({
  id: `org:test-company-${i}`,
  kind: "Organization",
  name: `Perusahaan Uji ${i}`,
  aliases,
  type: "COMPANY",
  evidence: [{ sourceId: SOURCE_ID, quote: sentence(i) }],
});

/** A write is acknowledged when the server answers it without any error. */
function acknowledged(body: GraphQLBody, field: string): boolean {
  const payload = body.data?.[field] as { userErrors?: unknown[] } | undefined;
  return !body.errors && payload?.userErrors?.length === 0;
}

/** Whether a response is the coded refusal the API promises while the database is away. */
function isUnavailableRefusal(status: number, body: GraphQLBody): boolean {
  return (
    status < 500 &&
    (body.errors?.length ?? 0) > 0 &&
    (body.errors ?? []).every((e) => e.extensions?.code === "DATABASE_UNAVAILABLE")
  );
}

describe("reliability: failures of Neo4j and of the server", () => {
  let graph: Graph;
  /** The environment that points a server or CLI at the faults instance, with its password. */
  let neo4jEnv: Record<string, string>;
  let connection: Connection;
  let pid: number;

  const startNeo4j = async (wipe = false) => {
    const started = await startInstance(FAULTS_INSTANCE, quiet, { wipe });
    connection = started.connection;
    neo4jEnv = connectionEnv(connection);
    pid = started.pid;
  };

  beforeAll(async () => {
    await startNeo4j(true);
    graph = Graph.connect(connection);
    await resetAndSeed(graph);
  }, LONG);

  afterAll(async () => {
    await graph.close();
    await stopInstance(FAULTS_INSTANCE.name, quiet);
  }, LONG);

  // What a test leaves running when it fails half-way (processes, open lock transactions) is ended here,
  // so that it cannot disturb the tests after it.
  let cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    await Promise.all(cleanups.map((cleanup) => cleanup().catch(() => undefined)));
    cleanups = [];
  });
  const started = <P extends ProjectProcess>(project: P): P => {
    cleanups.push(async () => {
      if (project.child.exitCode === null && project.child.signalCode === null) project.child.kill("SIGKILL");
      await project.exited;
    });
    return project;
  };
  const startServer = async (env: Record<string, string>) => started(await startServerProcess(env));

  /** Holds a write lock on an entity in an open transaction, so a write that needs it waits. */
  const holdLock = async (id: string) => {
    const session = graph.driver.session({ database: "neo4j" });
    const tx = await session.beginTransaction();
    await tx.run("MATCH (n:Entity {id: $id}) SET n.lockedByTest = true", { id });
    let released: Promise<void> | undefined;
    const release = () =>
      (released ??= (async () => {
        await tx.rollback();
        await session.close();
      })());
    cleanups.push(release);
    return release;
  };
  const waitUntilBlocked = () =>
    waitFor("a transaction waiting for the test's lock", async () => {
      const [row] = await graph.read<{ n: number }>(
        "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n",
      );
      return once((row?.n ?? 0) > 0);
    });
  const entityIds = async (ids: string[]) =>
    new Set(
      (
        await graph.read<{ id: string }>("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id", { ids })
      ).map((r) => r.id),
    );
  const ensureSource = async (url: string) => {
    const { body } = await postGraphQL(
      url,
      ADD_SOURCE,
      {
        input: { id: SOURCE_ID, publisher: "Test", title: "Faults", language: "id", text: SOURCE_TEXT },
      },
      token,
    );
    expect(body.errors).toBeUndefined();
  };

  it(
    "lets a request in flight finish on SIGTERM, then exits 0",
    async () => {
      const server = await startServer({ ...neo4jEnv, API_KEYS: entry });
      await ensureSource(server.url);
      const first = await postGraphQL(server.url, UPSERT, { input: companyInput(0) }, token);
      expect(acknowledged(first.body, "upsertEntity")).toBe(true);

      // The second write to the same entity waits for the test's lock: it is in flight for as long as we like.
      const release = await holdLock("org:test-company-0");
      const inFlight = postGraphQL(server.url, UPSERT, { input: companyInput(0, ["PT Uji Nol"]) }, token);
      await waitUntilBlocked();
      server.child.kill("SIGTERM");
      await waitFor("the server to take SIGTERM", () => once(server.output().includes("SIGTERM received")));
      expect(server.child.exitCode).toBeNull();
      await release();

      const { status, body } = await inFlight;
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.upsertEntity).toMatchObject({
        entity: { id: "org:test-company-0", aliases: ["PT Uji Nol"] },
        userErrors: [],
      });
      expect(await server.exited).toBe(0);
      const [row] = await graph.read<{ aliases: string[] }>(
        "MATCH (n:Entity {id: 'org:test-company-0'}) RETURN n.aliases AS aliases",
      );
      expect(row?.aliases).toEqual(["PT Uji Nol"]);
    },
    LONG,
  );

  describe("an import killed in the middle, then run again", () => {
    const fixture = path.join(projectRoot, "test", "fixtures", "import", "example-2025-06-02-mou.yaml");
    const yaml = readFileSync(fixture, "utf8");
    const text = readFileSync(fixture.replace(/\.yaml$/, ".txt"), "utf8");
    const newIds = ["org:kementerian-investasi", "agreement:kemenperin-investasi-nickel-mou-2025"];
    const importedFacts = async () => {
      const [row] = await graph.read<{ sources: number; evidence: number }>(
        `CALL () { MATCH (s:Source {id: 'source:example-2025-06-02-mou'}) RETURN count(s) AS sources }
         CALL () { MATCH (e:Evidence {sourceId: 'source:example-2025-06-02-mou'}) RETURN count(e) AS evidence }
         RETURN sources, evidence`,
      );
      return { ...row, entities: (await entityIds(newIds)).size };
    };

    /** Kills the importer while its one transaction waits (the import links org:kemenperin, which we lock). */
    const killMidImport = async (start: () => { kill: () => void; done: Promise<unknown> }) => {
      const release = await holdLock("org:kemenperin");
      const importer = start();
      await waitUntilBlocked();
      importer.kill();
      await importer.done;
      await release();
      // Nothing of it was written: the transaction never committed.
      expect(await importedFacts()).toEqual({ sources: 0, evidence: 0, entities: 0 });
    };

    it(
      "the server, kill -9 during an importSource mutation: nothing half-written; the re-run imports it all once",
      async () => {
        await resetAndSeed(graph);
        const server = await startServer({ ...neo4jEnv, API_KEYS: entry });
        await killMidImport(() => {
          const request = postGraphQL(server.url, IMPORT, { input: { yaml, text } }, token).catch(
            (error: unknown) => error,
          );
          return {
            kill: () => server.child.kill("SIGKILL"),
            done: Promise.all([request, server.exited]),
          };
        });

        const again = await startServer({ ...neo4jEnv, API_KEYS: entry });
        const rerun = await postGraphQL(again.url, IMPORT, { input: { yaml, text } }, token);
        expect(rerun.body.errors).toBeUndefined();
        expect(rerun.body.data?.importSource).toMatchObject({ applied: true, userErrors: [] });
        const facts = await importedFacts();
        expect(facts).toMatchObject({ sources: 1, entities: newIds.length });
        expect(facts.evidence).toBeGreaterThan(0);
        // Running it once more changes nothing: the import is idempotent.
        const third = await postGraphQL(again.url, IMPORT, { input: { yaml, text } }, token);
        expect(third.body.data?.importSource).toMatchObject({ report: { changes: false } });
        expect(await importedFacts()).toEqual(facts);
      },
      LONG,
    );

    it(
      "`npm run import`, kill -9 in the middle: nothing half-written; the re-run imports it all once",
      async () => {
        await resetAndSeed(graph);
        const env = neo4jEnv;
        await killMidImport(() => {
          const cli = started(spawnProject(["src/write/cli.ts", fixture], env));
          return { kill: () => cli.child.kill("SIGKILL"), done: cli.exited };
        });

        const rerun = started(spawnProject(["src/write/cli.ts", fixture], env));
        expect(await rerun.exited, rerun.output()).toBe(0);
        expect(rerun.output()).toContain("imported in one transaction");
        const facts = await importedFacts();
        expect(facts).toMatchObject({ sources: 1, entities: newIds.length });
        const third = started(spawnProject(["src/write/cli.ts", fixture], env));
        expect(await third.exited, third.output()).toBe(0);
        expect(third.output()).toContain("nothing to change");
        expect(await importedFacts()).toEqual(facts);
      },
      LONG,
    );
  });

  describe("Neo4j going away under load", () => {
    let server: RunningServer;
    let readyz: string;
    beforeAll(async () => {
      await resetAndSeed(graph);
      server = await startHttpServer(
        graph,
        () => ({ neo4jVersion: "5", neo4jEdition: "community" }),
        { host: "127.0.0.1", port: 0 },
        auth,
      );
      readyz = server.url.replace(/graphql$/, "readyz");
    }, LONG);
    afterAll(async () => {
      await server.stop();
    });

    it(
      "stopped during load: requests fail fast with DATABASE_UNAVAILABLE, and servers recover by themselves",
      async () => {
        const outcomes = { ok: 0, unavailable: 0, okAfterRestart: 0, other: [] as string[] };
        let phase: "before" | "outage" | "after" = "before";
        let running = true;
        const QUERIES = [
          `{ entity(id: "org:kemenperin") { name } }`,
          `{ search(query: "nikel", first: 3) { totalCount } }`,
          `{ entities(first: 5) { totalCount edges { node { id } } } }`,
        ];
        const worker = async (n: number) => {
          for (let i = n; running; i++) {
            const { status, body } = await postGraphQL(server.url, QUERIES[i % QUERIES.length] ?? "");
            if (status === 200 && !body.errors) {
              outcomes.ok += 1;
              if (phase === "after") outcomes.okAfterRestart += 1;
            } else if (isUnavailableRefusal(status, body)) outcomes.unavailable += 1;
            else outcomes.other.push(`${status} ${JSON.stringify(body)}`);
          }
        };
        const load = Promise.all([0, 1, 2, 3].map(worker));
        try {
          await waitFor("answers before the outage", () => once(outcomes.ok >= 20));
          phase = "outage";
          await stopInstance(FAULTS_INSTANCE.name, quiet);
          await waitFor("refusals during the outage", () => once(outcomes.unavailable >= 20));
          expect((await fetch(readyz)).status).toBe(503);
          // A server started while Neo4j is away serves anyway, and gets ready once Neo4j is back.
          const late = await startServer(neo4jEnv);
          // Its stderr (this line) and stdout ("ready at") are separate pipes: either may arrive first.
          await waitFor("the late server to say it serves anyway", () =>
            once(late.output().includes("Serving anyway")),
          );
          const early = await postGraphQL(late.url, QUERIES[0] ?? "");
          expect(isUnavailableRefusal(early.status, early.body), JSON.stringify(early.body)).toBe(true);

          await startNeo4j();
          phase = "after";
          await waitFor("answers after the restart", () => once(outcomes.okAfterRestart >= 20), 60_000);
          await waitFor(
            "the late server to find Neo4j",
            () => once(late.output().includes("Neo4j is reachable again")),
            60_000,
          );
          const answer = await postGraphQL(late.url, QUERIES[0] ?? "");
          expect(answer.body).toEqual({ data: { entity: { name: "Kementerian Perindustrian" } } });
        } finally {
          running = false;
          await load;
        }
        expect(outcomes.other).toEqual([]);
        expect((await fetch(readyz)).status).toBe(200);
      },
      LONG,
    );

    it(
      "kill -9 after acknowledged writes: the restarted Neo4j has every one, and no write half-done",
      async () => {
        await ensureSource(server.url);
        const acked: number[] = [];
        const attempted: number[] = [];
        let next = 1;
        let killed = false;
        const writer = async () => {
          while (!killed || attempted.length - acked.length < 8) {
            const i = next++;
            attempted.push(i);
            const { status, body } = await postGraphQL(server.url, UPSERT, { input: companyInput(i) }, token);
            if (acknowledged(body, "upsertEntity")) acked.push(i);
            else if (!isUnavailableRefusal(status, body))
              throw new Error(`${status} ${JSON.stringify(body)}`);
            if (!killed && acked.length >= 40) {
              killed = true;
              // The crash: no shutdown, no flush, straight after the 40th acknowledgement.
              process.kill(pid, "SIGKILL");
            }
          }
        };
        await Promise.all([writer(), writer(), writer(), writer()]);
        await waitFor("the killed Neo4j to be gone", () => {
          try {
            process.kill(pid, 0);
            return undefined;
          } catch {
            return true;
          }
        });

        await startNeo4j();
        await waitFor("Neo4j to answer again", async () => once((await fetch(readyz)).status === 200));
        const ids = (list: number[]) => list.map((i) => `org:test-company-${i}`);
        const found = await entityIds(ids(attempted));
        // Every acknowledged write is there.
        expect(ids(acked).filter((id) => !found.has(id))).toEqual([]);
        // Each write is whole or absent: an entity is there exactly when its evidence is.
        const withEvidence = new Set(
          (
            await graph.read<{ id: string }>(
              "MATCH (e:Evidence) WHERE e.about IN $ids RETURN DISTINCT e.about AS id",
              { ids: ids(attempted) },
            )
          ).map((r) => r.id),
        );
        expect([...found].sort()).toEqual([...withEvidence].sort());
        console.log(
          `kill -9: ${acked.length} writes acknowledged, ${attempted.length - acked.length} refused ` +
            `while Neo4j was down; all ${acked.length} acknowledged found after the restart`,
        );
      },
      LONG,
    );
  });
});
