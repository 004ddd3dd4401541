import type http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { buildSchema, type DocumentNode, type GraphQLFormattedError } from "graphql";
import type { Viewer } from "./api-keys.js";
import { formatError } from "./errors.js";
import { LIMITS } from "./limits.js";
import type { Graph } from "./graph/driver.js";
import { createLoaders } from "./graph/loaders.js";
import { hideSuggestionsPlugin } from "./plugins/hide-suggestions.js";
import { mutationRoles } from "./plugins/mutation-roles.js";
import { operationLimitsPlugin } from "./plugins/operation-limits.js";
import type { GraphQLContext } from "./resolvers/context.js";
import { resolvers } from "./resolvers/index.js";
import { MUTATION_ROLES } from "./resolvers/mutations.js";
import { loadTypeDefs } from "./schema.js";
import { KnownOperationTypesRule } from "./validation/KnownOperationTypesRule.js";

/** The GraphQL side of the server: Apollo with its rules and plugins, the per-request context, in-process operations. */

export const API_VERSION = "0.1.0";

export interface ServerInfo {
  neo4jVersion: string;
  neo4jEdition: string;
}

/** A fresh context per request: its own round-trip counter and DataLoaders, so nothing leaks between requests. */
export function createContext(graph: Graph, info: ServerInfo, viewer: Viewer | null = null): GraphQLContext {
  const requestGraph = graph.forRequest();
  return {
    graph: requestGraph,
    loaders: createLoaders(requestGraph),
    viewer,
    server: { version: API_VERSION, ...info },
  };
}

export interface OperationResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
  /** Cypher round trips the operation cost. */
  roundTrips: number;
}

/**
 * Runs one operation in this process through the whole of Apollo (limits, resolvers, loaders, error
 * formatting) without HTTP: for the scripts, the benchmark and the tests.
 */
export async function runOperation(
  apollo: ApolloServer<GraphQLContext>,
  graph: Graph,
  request: { query: string | DocumentNode; variables?: Record<string, unknown> },
  {
    info = { neo4jVersion: "", neo4jEdition: "" },
    viewer = null,
  }: { info?: ServerInfo; viewer?: Viewer | null } = {},
): Promise<OperationResult> {
  const contextValue = createContext(graph, info, viewer);
  const response = await apollo.executeOperation(request, { contextValue });
  if (response.body.kind !== "single") throw new Error("incremental delivery is not supported");
  const { data, errors } = response.body.singleResult;
  return { data, errors, roundTrips: contextValue.graph.counter.count };
}

export function createApollo(
  httpServer?: http.Server,
  { introspection = true }: { introspection?: boolean } = {},
): ApolloServer<GraphQLContext> {
  const typeDefs = loadTypeDefs();
  return new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    formatError,
    // Set explicitly (INTROSPECTION, on by default) rather than guessed from NODE_ENV: this is a public
    // research API. Stack traces are never sent, in any environment: the server logs them.
    introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    validationRules: [KnownOperationTypesRule],
    // Operation limits (src/limits.ts): refused before anything runs, with QUERY_TOO_COMPLEX.
    parseOptions: { maxLexicalTokens: LIMITS.maxTokens },
    // main.ts owns shutdown: it drains HTTP, then closes the driver and the local Neo4j.
    stopOnTerminationSignals: false,
    plugins: [
      // Apollo's default landing page loads from a CDN, which these machines cannot reach.
      ApolloServerPluginLandingPageDisabled(),
      operationLimitsPlugin({ schema: buildSchema(typeDefs) }),
      // Without introspection, errors must not spell out the schema either.
      ...(introspection ? [] : [hideSuggestionsPlugin()]),
      // Every root field's role, before the first of them writes anything.
      mutationRoles(MUTATION_ROLES),
      ...(httpServer
        ? [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: LIMITS.shutdownGraceMs })]
        : []),
    ],
  });
}
