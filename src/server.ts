import http from "node:http";
import path from "node:path";
import type { Duplex } from "node:stream";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { buildSchema, type DocumentNode, type GraphQLFormattedError } from "graphql";
import type { ApiKey, Viewer } from "./api-keys.js";
import { authenticate, requireRole } from "./auth.js";
import { formatError } from "./errors.js";
import { LIMITS } from "./limits.js";
import type { Graph } from "./graph/driver.js";
import { createLoaders } from "./graph/loaders.js";
import { hideSuggestionsPlugin } from "./plugins/hide-suggestions.js";
import { mutationRoles } from "./plugins/mutation-roles.js";
import { operationLimitsPlugin } from "./plugins/operation-limits.js";
import type { GraphQLContext } from "./resolvers/context.js";
import { resolvers } from "./resolvers/index.js";
import { MUTATION_ROLES } from "./resolvers/mutation.js";
import { projectRoot } from "./project.js";
import { loadTypeDefs, printMergedSchema } from "./schema.js";
import { KnownOperationTypesRule } from "./validation/KnownOperationTypesRule.js";

export const API_VERSION = "0.1.0";

export interface ServerInfo {
  neo4jVersion: string;
  neo4jEdition: string;
}

/** A fresh context per request: its own round-trip counter and DataLoaders, so nothing leaks between requests. */
function createContext(graph: Graph, info: ServerInfo, viewer: Viewer | null = null): GraphQLContext {
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

export interface AuthSettings {
  keys: ApiKey[];
  readAccess: "public" | "token";
}

/** The viewer of a request; with token-only reads, a request without a token is refused. */
export function viewerOf(authorization: string | undefined, auth: AuthSettings): Viewer | null {
  const viewer = authenticate(authorization, auth.keys);
  if (!viewer && auth.readAccess === "token") requireRole(null, "reader");
  return viewer;
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

export interface Health {
  status: "ok" | "unavailable";
  /** Where and why it is down is in the server's log, not here: this endpoint is public. */
  neo4j: { status: "up"; version: string; edition: string } | { status: "down" };
}

export async function checkHealth(graph: Graph): Promise<Health> {
  try {
    const { version, edition } = await graph.verify();
    return { status: "ok", neo4j: { status: "up", version, edition } };
  } catch {
    return { status: "unavailable", neo4j: { status: "down" } };
  }
}

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  stop(): Promise<void>;
}

/**
 * Requests Node's HTTP parser refuses before Express sees them (a URL or headers over its 16 kB limit,
 * malformed HTTP) get a coded JSON error like every other refusal, not a bare status line.
 */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const status =
    error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  const message =
    status === 431
      ? "the request's URL or headers are larger than the server accepts; send the operation in a POST body"
      : status === 408
        ? "the request took too long to arrive"
        : "the request is not valid HTTP";
  const body = JSON.stringify({ errors: [{ message, extensions: { code: "BAD_REQUEST" } }] });
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ""}\r\n` +
      `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `connection: close\r\n\r\n${body}`,
  );
}

/** Serves /graphql, /health, /schema.graphql, the explorer and the GraphQL IDE on host:port. */
export async function startHttpServer(
  graph: Graph,
  info: () => ServerInfo,
  { host, port, introspection = true }: { host: string; port: number; introspection?: boolean },
  auth: AuthSettings = { keys: [], readAccess: "public" },
): Promise<RunningServer> {
  const app = express();
  // No X-Powered-By: Express: what the server runs on is nobody's business.
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  httpServer.on("clientError", answerClientError);
  const apollo = createApollo(httpServer, { introspection });
  await apollo.start();

  // The merged SDL for clients that point codegen at a file (as committed in schema.graphql). Like
  // introspection, it is not served when INTROSPECTION=false.
  if (introspection) {
    const sdl = printMergedSchema();
    app.get("/schema.graphql", (_req, res) => {
      res.type("text/plain; charset=utf-8").send(sdl);
    });
  }

  // The explorer and the GraphQL IDE, built by `npm run build:web` (npm start and npm test build them).
  const web = path.join(projectRoot, "web", "dist");
  app.get("/graphiql", (_req, res) => {
    res.redirect("/graphiql.html");
  });
  app.use(express.static(web, { index: "index.html", fallthrough: true }));

  // Liveness: the process answers. Readiness (and /health): it can serve, Neo4j included.
  app.get("/livez", (_req, res) => {
    res.json({ status: "alive" });
  });
  const ready = async (_req: express.Request, res: express.Response) => {
    const health = await checkHealth(graph);
    res.status(health.status === "ok" ? 200 : 503).json(health);
  };
  app.get("/health", ready);
  app.get("/readyz", ready);
  app.use(
    "/graphql",
    express.json({ limit: LIMITS.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        Promise.resolve(createContext(graph, info(), viewerOf(req.headers.authorization, auth))),
    }),
  );

  // Requests that never reach Apollo (malformed JSON, a body over the limit) get a GraphQL-shaped error
  // with a code, never Express's default page with its stack trace.
  app.use(
    (
      error: { status?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      const status = error.status ?? 500;
      const message =
        error.type === "entity.too.large"
          ? `the request body is larger than ${LIMITS.maxBodyBytes / 1024} kB`
          : status < 500
            ? "the request body is not valid JSON"
            : "Internal server error";
      res.status(status).json({
        errors: [{ message, extensions: { code: status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR" } }],
      });
    },
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => {
      resolve();
    });
  });
  const address = httpServer.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/graphql`,
    httpServer,
    stop: () => apollo.stop(),
  };
}
