import path from "node:path";
import fc from "fast-check";
import { buildSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, parseApiKeys } from "../../src/api-keys.js";
import { ERROR_CODES } from "../../src/errors.js";
import { LIMITS } from "../../src/limits.js";
import { projectRoot } from "../../src/project.js";
import { loadTypeDefs } from "../../src/schema.js";
import { compileSeedDir } from "../../src/seed/compile.js";
import { startHttpServer, type RunningServer } from "../../src/http.js";
import { fuzzRequests, poolFromSeed, type FuzzRequest } from "../support/fuzz-operations.js";
import { connectTestGraph, execute, resetAndSeed } from "../support/graph.js";

/**
 * Property-based fuzzing of the whole API over HTTP (issue #8): operations and variables generated from the
 * schema (test/support/fuzz-operations.ts) with injection strings, huge numbers, odd unicode and deep
 * nesting, and invalid documents and requests. Whatever is sent, the server answers below 500 with a JSON
 * body, and every error carries a code of the closed set, never INTERNAL_SERVER_ERROR; and the seed graph
 * survives it all.
 *
 * FUZZ_RUNS sets the number of requests (10,000); FUZZ_SEED the seed: a number replays a run, `random` explores
 * new ground (the default is fixed, so that `npm test` is repeatable and a new finding cannot fail an
 * unrelated commit). FUZZ_PATH (as fast-check prints it on a failure) replays its shrunk counterexample;
 * FUZZ_SLOWEST=1 lists the slowest requests.
 */

const DEFAULT_SEED = 41;
function numberSetting(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got '${text}'`);
  return value;
}
const RUNS = numberSetting("FUZZ_RUNS", 10_000);
const SEED =
  process.env.FUZZ_SEED === "random"
    ? Math.floor(Math.random() * 2 ** 31)
    : numberSetting("FUZZ_SEED", DEFAULT_SEED);
/** Requests in flight at once: each property run sends a batch of this many. */
const CONCURRENCY = 4;
const REQUEST_TIMEOUT_MS = 30_000;

const info = () => ({ neo4jVersion: "5.26", neo4jEdition: "community" });
/** An editor's API key, configured as API_KEYS would configure it. */
const editor = createApiKey("fuzz-editor", "editor");

function authorization(request: FuzzRequest): Record<string, string> {
  switch (request.credentials) {
    case "none":
      return {};
    case "editor":
      return { authorization: `Bearer ${editor.token}` };
    case "unknown-token":
      return { authorization: "Bearer iig_not-a-key-of-this-server" };
    case "malformed-header":
      return { authorization: "Basic Zm9vOmJhcg==" };
  }
}

interface Answer {
  status: number;
  text: string;
  ms: number;
}

async function send(url: string, request: FuzzRequest): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url + request.search, {
    method: request.method,
    headers: { ...request.headers, ...authorization(request) },
    body: request.body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

const KNOWN_CODES: readonly string[] = ERROR_CODES;

interface Verdict {
  /** What is wrong with the answer, or null. */
  problem: string | null;
  /** The codes of its errors, in order ("none" for an error without one). */
  codes: string[];
  /** Whether it is data with a mutation's userErrors in it. */
  userErrors: boolean;
}

function judge({ status, text }: Answer): Verdict {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { problem: `HTTP ${status} with a body that is not JSON`, codes: [], userErrors: false };
  }
  const { data, errors } = (typeof body === "object" && body !== null ? body : {}) as {
    data?: unknown;
    errors?: unknown;
  };
  const list = Array.isArray(errors) ? (errors as { extensions?: { code?: unknown } }[]) : [];
  const codes = list.map(({ extensions }) =>
    typeof extensions?.code === "string" ? extensions.code : "none",
  );
  const unknown = codes.find((code) => !KNOWN_CODES.includes(code));
  const problem =
    status >= 500
      ? `HTTP ${status}`
      : typeof body !== "object" || body === null
        ? "the body is not a JSON object"
        : errors !== undefined && list.length === 0
          ? "errors is not a list of errors"
          : errors === undefined && (typeof data !== "object" || data === null)
            ? "neither data nor errors"
            : unknown === "none"
              ? "an error without a code"
              : unknown !== undefined
                ? `the code ${unknown} is not in ERROR_CODES`
                : codes.includes("INTERNAL_SERVER_ERROR")
                  ? "INTERNAL_SERVER_ERROR"
                  : null;
  return { problem, codes, userErrors: errors === undefined && /"userErrors":\[\{/.test(text) };
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}... (${text.length} characters)` : text;
}

/** Counts of what the fuzzed requests got, for the summary line. */
class Tally {
  operations = 0;
  answered = 0;
  withUserErrors = 0;
  refused = 0;
  internal = 0;
  /** Responses with each code among their errors. */
  readonly codes = new Map<string, number>();
  readonly statuses = new Map<number, number>();
  readonly shapes = new Map<string, number>();
  readonly slowest: { ms: number; request: FuzzRequest; status: number }[] = [];

  add(request: FuzzRequest, answer: Answer, { codes, userErrors }: Verdict): void {
    const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
    this.operations += 1;
    bump(this.statuses, answer.status);
    bump(this.shapes, request.shape);
    if (codes.length === 0) this.answered += 1;
    else this.refused += 1;
    if (userErrors) this.withUserErrors += 1;
    for (const code of new Set(codes)) bump(this.codes, code);
    if (codes.includes("INTERNAL_SERVER_ERROR")) this.internal += 1;
    this.slowest.push({ ms: answer.ms, request, status: answer.status });
    this.slowest.sort((a, b) => b.ms - a.ms).splice(5);
  }

  summary(seconds: number): string {
    const list = <K>(map: Map<K, number>, format: (k: K, n: number) => string) =>
      [...map.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => format(k, n))
        .join(", ");
    return (
      `fuzz: ${this.operations} operations in ${seconds.toFixed(1)} s (seed ${SEED}); ` +
      `${this.answered} answered (${this.withUserErrors} with userErrors), ${this.refused} refused ` +
      `(${list(this.codes, (code, n) => `${code} ${n}`)}); ` +
      `HTTP ${list(this.statuses, (status, n) => `${status} x${n}`)}; ` +
      `shapes ${list(this.shapes, (shape, n) => `${shape} ${n}`)}; ${this.internal} internal errors`
    );
  }
}

describe("fuzzing the API over HTTP", () => {
  const graph = connectTestGraph();
  const seed = compileSeedDir(path.join(projectRoot, "seed"));
  let server: RunningServer;

  beforeAll(async () => {
    await resetAndSeed(graph);
    const auth = { keys: parseApiKeys(editor.entry).keys, readAccess: "public" as const };
    server = await startHttpServer(graph, info, { host: "127.0.0.1", port: 0 }, auth);
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it(`answers ${RUNS} fuzzed operations below 500, in JSON, every error with a code and none internal`, async () => {
    const requests = fuzzRequests(buildSchema(loadTypeDefs()), poolFromSeed(seed), LIMITS);
    const tally = new Tally();
    // Once a run fails, fast-check shrinks it by running more: those runs are not counted.
    let failed = false;
    console.log(
      `fuzz: seed ${SEED}, ${RUNS} operations, ${CONCURRENCY} in flight (replay with FUZZ_SEED=${SEED})`,
    );
    const started = performance.now();
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(requests, { minLength: CONCURRENCY, maxLength: CONCURRENCY }),
          async (batch) => {
            const answers = await Promise.all(batch.map((request) => send(server.url, request)));
            batch.forEach((request, i) => {
              const answer = answers[i]!;
              const verdict = judge(answer);
              if (!failed) tally.add(request, answer, verdict);
              if (verdict.problem) {
                failed = true;
                throw new Error(
                  `${verdict.problem}\nrequest: ${clip(JSON.stringify(request), 4000)}\n` +
                    `answer: HTTP ${answer.status} ${clip(answer.text, 2000)}`,
                );
              }
            });
          },
        ),
        {
          numRuns: Math.ceil(RUNS / CONCURRENCY),
          seed: SEED,
          ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}),
        },
      );
    } finally {
      console.log(tally.summary((performance.now() - started) / 1000));
      if (process.env.FUZZ_SLOWEST) {
        for (const { ms, status, request } of tally.slowest)
          console.log(
            `fuzz: ${ms.toFixed(0)} ms, HTTP ${status}: ${clip(request.body ?? request.search, 600)}`,
          );
      }
    }
    expect(tally.internal).toBe(0);
  }, 900_000);

  it("leaves every seed entity, relationship and quote in place, but what the editor removed", async () => {
    // Relationships the editor's removeRelationship took away on purpose, with their quotes, per the audit log.
    const removed = new Set<string>();
    let after: string | null = null;
    do {
      const page = await execute(
        graph,
        `query ($after: String) { auditLog(action: "removeRelationship", first: 100, after: $after) {
           edges { node { targets } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        { name: "fuzz-admin", role: "admin" },
      );
      const log = (page.data as any).auditLog;
      for (const edge of log.edges) for (const target of edge.node.targets) removed.add(target);
      after = log.pageInfo.hasNextPage ? log.pageInfo.endCursor : null;
    } while (after !== null);

    const [now] = await graph.read<{ entities: string[]; relationships: string[]; evidence: string[] }>(
      `CALL () { MATCH (n:Entity) RETURN collect(n.id) AS entities }
       CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN collect(r.id) AS relationships }
       CALL () { MATCH (e:Evidence) RETURN collect(e.id) AS evidence }
       RETURN entities, relationships, evidence`,
    );
    const missing = (expected: string[], present: string[]) => {
      const found = new Set(present);
      return expected.filter((id) => !found.has(id));
    };
    expect(
      missing(
        seed.entities.map((e) => e.id),
        now!.entities,
      ),
    ).toEqual([]);
    const kept = seed.relationships.map((r) => r.id).filter((id) => !removed.has(id));
    expect(missing(kept, now!.relationships)).toEqual([]);
    const quotes = seed.evidence.filter((e) => !removed.has(e.about)).map((e) => e.id);
    expect(missing(quotes, now!.evidence)).toEqual([]);

    // And through the API: the ministry with its name and every quote of the seed.
    const kemenperin = await execute(graph, `{ entity(id: "org:kemenperin") { name evidence { quote } } }`);
    const seedQuotes = seed.evidence.filter((e) => e.about === "org:kemenperin").map((e) => e.quote);
    expect(seedQuotes.length).toBeGreaterThan(0);
    expect(kemenperin.data).toMatchObject({ entity: { name: "Kementerian Perindustrian" } });
    expect((kemenperin.data as any).entity.evidence.map((e: { quote: string }) => e.quote)).toEqual(
      expect.arrayContaining(seedQuotes),
    );
    console.log(
      `fuzz: seed graph intact (${seed.entities.length} entities, ${seed.relationships.length} relationships, ` +
        `${seed.evidence.length} quotes; ${removed.size} relationships removed by the editor); the graph now ` +
        `holds ${now!.entities.length} entities, ${now!.relationships.length} relationships`,
    );
  });
});
