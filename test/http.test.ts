import { readFileSync } from "node:fs";
import { buildSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Graph } from "../src/graph/driver.js";
import { migrate } from "../src/graph/migrations.js";
import { SCHEMA_FILE } from "../src/schema.js";
import { startHttpServer, type RunningServer } from "../src/http.js";
import { connectTestGraph, execute, resetDatabase } from "./support/graph.js";
import { postGraphQL } from "./support/http.js";

const info = () => ({ neo4jVersion: "5.26", neo4jEdition: "community" });

describe("the Apollo server on a real Neo4j", () => {
  const graph = connectTestGraph();
  let server: RunningServer;

  beforeAll(async () => {
    await resetDatabase(graph);
    await migrate(graph);
    server = await startHttpServer(graph, info, { host: "127.0.0.1", port: 0 });
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it("reads through GraphQL what was written to Neo4j", async () => {
    await graph.write(
      `CREATE (:Entity:Commodity {id: 'commodity:test-tin', kind: 'Commodity', name: 'Timah', aliases: ['tin'], category: 'METAL'})`,
    );
    const result = await execute(
      graph,
      `{ entity(id: "commodity:test-tin") { id name aliases ... on Commodity { category } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      entity: { id: "commodity:test-tin", name: "Timah", aliases: ["tin"], category: "METAL" },
    });
  });

  it("answers a POST of { __typename } over HTTP", async () => {
    expect(await postGraphQL(server.url, "{ __typename }")).toEqual({
      status: 200,
      body: { data: { __typename: "Query" } },
    });
  });

  it("answers malformed JSON with a coded error, not a stack trace", async () => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query": "{ __typename }"',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: "the request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }],
    });
    const big = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ __typename } # ${"x".repeat(200_000)}` }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      "the request body is larger than 100 kB",
    );
  });

  it("answers a persisted query Apollo refuses with BAD_REQUEST, not INTERNAL_SERVER_ERROR", async () => {
    // Found by test/reliability/fuzz.test.ts: Apollo gives these refusals an HTTP status but no code.
    for (const persistedQuery of [
      { version: 1, sha256Hash: "abc" },
      { version: 2, sha256Hash: "abc" },
    ]) {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }", extensions: { persistedQuery } }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors.map((e) => e.extensions.code)).toEqual(["BAD_REQUEST"]);
    }
  });

  it("refuses a subscription, which the schema does not have, with GRAPHQL_VALIDATION_FAILED", async () => {
    // Found by test/reliability/fuzz.test.ts: graphql-js 16 failed it at execution, without a code.
    const { status, body } = await postGraphQL(
      server.url,
      'subscription { entity(id: "org:inalum") { id } }',
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({
      errors: [
        {
          message: "the schema has no subscription operations",
          extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
        },
      ],
    });
  });

  it("answers a URL too long for Node's HTTP parser with a coded JSON error", async () => {
    // Found by test/reliability/fuzz.test.ts: Node answered 431 with an empty body, before Express.
    const query = `{ ${"__typename ".repeat(2000)}}`;
    const response = await fetch(`${server.url}?${new URLSearchParams({ query }).toString()}`);
    expect(response.status).toBe(431);
    expect(await response.json()).toEqual({
      errors: [
        {
          message:
            "the request's URL or headers are larger than the server accepts; send the operation in a POST body",
          extensions: { code: "BAD_REQUEST" },
        },
      ],
    });
    // The server goes on answering.
    expect((await postGraphQL(server.url, "{ __typename }")).status).toBe(200);
  });

  it("answers introspection unless INTROSPECTION=false turns it off", async () => {
    const query = "{ __schema { queryType { name } } }";
    expect((await postGraphQL(server.url, query)).body).toEqual({
      data: { __schema: { queryType: { name: "Query" } } },
    });
    const closed = await startHttpServer(graph, info, { host: "127.0.0.1", port: 0, introspection: false });
    try {
      const refused = await postGraphQL(closed.url, query);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      // Nor the schema as a file.
      expect((await fetch(closed.url.replace("/graphql", "/schema.graphql"))).status).toBe(404);
    } finally {
      await closed.stop();
    }
  });

  it("serves the merged schema at /schema.graphql, as committed in schema.graphql", async () => {
    const response = await fetch(server.url.replace("/graphql", "/schema.graphql"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const sdl = await response.text();
    expect(sdl).toBe(readFileSync(SCHEMA_FILE, "utf8"));
    // A schema a client can build: every root type and the connections are in it.
    const schema = buildSchema(sdl);
    expect(schema.getQueryType()?.getFields()).toHaveProperty("search");
    expect(schema.getMutationType()?.getFields()).toHaveProperty("importSource");
  });

  it("does not say what it runs on (no X-Powered-By)", async () => {
    for (const path of ["/graphql", "/livez", "/schema.graphql", "/nowhere"]) {
      const response = await fetch(server.url.replace("/graphql", path));
      expect(response.headers.get("x-powered-by"), path).toBeNull();
    }
  });

  it("reports Neo4j up on /health", async () => {
    const response = await fetch(server.url.replace(/graphql$/, "health"));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ok",
      neo4j: { status: "up", edition: "community" },
    });
  });

  it("reports Neo4j down on /health, and DATABASE_UNAVAILABLE to queries, when it cannot be reached", async () => {
    const nowhere = Graph.connect({ uri: "bolt://127.0.0.1:1", database: "neo4j" });
    const down = await startHttpServer(nowhere, info, { host: "127.0.0.1", port: 0 });
    try {
      const health = await fetch(down.url.replace(/graphql$/, "health"));
      expect(health.status).toBe(503);
      expect((await fetch(down.url.replace(/graphql$/, "readyz"))).status).toBe(503);
      expect((await fetch(down.url.replace(/graphql$/, "livez"))).status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "unavailable", neo4j: { status: "down" } });

      const { body } = await postGraphQL(down.url, '{ entity(id: "org:inalum") { id } }');
      expect(body.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    } finally {
      await down.stop();
      await nowhere.close();
    }
  });
});
