import path from "node:path";
import { inject } from "vitest";
import type { DocumentNode } from "graphql";
import type { Viewer } from "../../src/auth.js";
import { Graph } from "../../src/graph/driver.js";
import { projectRoot } from "../../src/project.js";
import { loadSeed } from "../../src/seed/load.js";
import { createApollo, createContext } from "../../src/server.js";
import { migrate } from "../../src/graph/migrations.js";

/** A driver to the test run's Neo4j (see global-setup.ts). Close it in afterAll. */
export function connectTestGraph(): Graph {
  return Graph.connect(inject("neo4j"));
}

export async function resetDatabase(graph: Graph): Promise<void> {
  await graph.write("MATCH (n) DETACH DELETE n");
}

/** Empties the database and loads the project's seed/ into it. */
export async function resetAndSeed(graph: Graph): Promise<void> {
  await resetDatabase(graph);
  await migrate(graph);
  await loadSeed(graph, path.join(projectRoot, "seed"), () => undefined);
}

const apollo = createApollo();

export interface ExecuteResult {
  data: Record<string, unknown> | null | undefined;
  errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined;
  /** Cypher round trips the operation cost. */
  roundTrips: number;
}

/** Runs an operation through the real Apollo server (schema, resolvers, loaders, error formatting). */
export async function execute(
  graph: Graph,
  query: string | DocumentNode,
  variables: Record<string, unknown> = {},
  viewer: Viewer | null = null,
): Promise<ExecuteResult> {
  const contextValue = createContext(graph, { neo4jVersion: "test", neo4jEdition: "test" }, viewer);
  const response = await apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  const { data, errors } = response.body.singleResult;
  return { data, errors, roundTrips: contextValue.graph.counter.count };
}
