import http from "node:http";
import path from "node:path";
import type { Duplex } from "node:stream";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { createApollo, createContext, type ServerInfo } from "./apollo.js";
import { viewerOf, type AuthSettings } from "./auth.js";
import { LIMITS } from "./limits.js";
import type { Graph } from "./graph/driver.js";
import type { GraphQLContext } from "./resolvers/context.js";
import { projectRoot } from "./project.js";
import { printMergedSchema } from "./schema.js";

/** The HTTP side of the server: Express, its routes (GraphQL, health, the web pages), and HTTP-level errors. */

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

/** The merged SDL, the explorer and the GraphQL IDE. */
function serveWeb(app: express.Express, introspection: boolean): void {
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
}

/** Liveness: the process answers. Readiness (and /health): it can serve, Neo4j included. */
function serveHealth(app: express.Express, graph: Graph): void {
  app.get("/livez", (_req, res) => {
    res.json({ status: "alive" });
  });
  const ready = async (_req: express.Request, res: express.Response) => {
    const health = await checkHealth(graph);
    res.status(health.status === "ok" ? 200 : 503).json(health);
  };
  app.get("/health", ready);
  app.get("/readyz", ready);
}

function serveGraphQL(
  app: express.Express,
  apollo: ApolloServer<GraphQLContext>,
  graph: Graph,
  info: () => ServerInfo,
  auth: AuthSettings,
): void {
  app.use(
    "/graphql",
    express.json({ limit: LIMITS.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        Promise.resolve(createContext(graph, info(), viewerOf(req.headers.authorization, auth))),
    }),
  );
}

/**
 * Requests that never reach Apollo (malformed JSON, a body over the limit) get a GraphQL-shaped error
 * with a code, never Express's default page with its stack trace.
 */
function answerBodyErrors(app: express.Express): void {
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
}

/** Listens on host:port; the port actually bound (port 0 picks a free one). */
async function listen(httpServer: http.Server, host: string, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => {
      resolve();
    });
  });
  const address = httpServer.address();
  return typeof address === "object" && address ? address.port : port;
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

  serveWeb(app, introspection);
  serveHealth(app, graph);
  serveGraphQL(app, apollo, graph, info, auth);
  answerBodyErrors(app);

  const actualPort = await listen(httpServer, host, port);
  return {
    url: `http://${host}:${actualPort}/graphql`,
    httpServer,
    stop: () => apollo.stop(),
  };
}
