import path from "node:path";
import { expect, inject } from "vitest";
import type { DocumentNode } from "graphql";
import type { Viewer } from "../../src/api-keys.js";
import { Graph } from "../../src/graph/driver.js";
import { projectRoot } from "../../src/project.js";
import { loadSeed } from "../../src/seed/load.js";
import { createApollo, runOperation, type OperationResult } from "../../src/apollo.js";
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

/** Runs an operation through the real Apollo server (schema, resolvers, loaders, error formatting). */
export function execute(
  graph: Graph,
  query: string | DocumentNode,
  variables: Record<string, unknown> = {},
  viewer: Viewer | null = null,
): Promise<OperationResult> {
  return runOperation(
    apollo,
    graph,
    { query, variables },
    { info: { neo4jVersion: "test", neo4jEdition: "test" }, viewer },
  );
}

/** The data of an operation that must succeed: the test fails, showing the errors, when it has any. */
export async function dataOf(
  graph: Graph,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const result = await execute(graph, query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as Record<string, any>;
}
