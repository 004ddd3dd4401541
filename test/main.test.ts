import { describe, expect, inject, it } from "vitest";
import { postGraphQL } from "./support/http.js";
import { startServerProcess } from "./support/processes.js";

/** `npm start` end to end (against the test Neo4j): it serves, and SIGTERM stops it cleanly. */
describe("the server process", () => {
  it("serves GraphQL, then finishes and exits 0 on SIGTERM", async () => {
    const { uri, database } = inject("neo4j");
    const server = await startServerProcess({ NEO4J_URI: uri, NEO4J_DATABASE: database });

    const { body } = await postGraphQL(server.url, "{ __typename }");
    expect(body).toEqual({ data: { __typename: "Query" } });

    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain("SIGTERM received: finishing requests in flight, then stopping.");
    expect(server.output()).toContain("Stopped.");
  });
});
