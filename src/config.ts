import { z } from "zod";
import { parseApiKeys, type ApiKey } from "./api-keys.js";

/**
 * Everything the process can be configured with, read from the environment once at start-up and then
 * passed down. Nothing else in the code reads `process.env`.
 */
const port = z.coerce
  .number({ error: "expected a port number" })
  .int("expected a port number")
  .min(1, "expected a port from 1 to 65535")
  .max(65535, "expected a port from 1 to 65535");
const memory = z.string().regex(/^\d+[kmg]$/i, "expected a size such as 512m or 1g");

const schema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  /** 0 picks a free port (the URL printed at start names it). */
  PORT: z.coerce
    .number({ error: "expected a port number" })
    .int("expected a port number")
    .min(0, "expected a port from 0 to 65535")
    .max(65535, "expected a port from 0 to 65535")
    .default(4000),
  /** Empty is unset (`NEO4J_URI= npm start` uses the local Neo4j). */
  NEO4J_URI: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, "expected a neo4j:// or bolt:// URI")
      .optional(),
  ),
  NEO4J_USERNAME: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  /** The local instance's folder under .neo4j/instances/ (its data, logs and password). */
  NEO4J_INSTANCE: z
    .string()
    .regex(/^[a-z0-9-]+$/, "expected lower-case letters, digits and '-'")
    .default("dev"),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HEAP: memory.default("1g"),
  NEO4J_PAGECACHE: memory.default("256m"),
  NEO4J_START_TIMEOUT_SECONDS: z.coerce.number().positive().default(90),
  /** Longest an API read may run in Neo4j before it is cut off (QUERY_TOO_COMPLEX). */
  QUERY_TIMEOUT_SECONDS: z.coerce.number().positive().default(15),
  SEED_ON_START: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /** Whether clients may ask the schema (GraphiQL, codegen need it): on for this public research API. */
  INTROSPECTION: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /** name:role:sha256-of-token entries, comma-separated; `npm run apikey -- NAME ROLE` makes one. */
  API_KEYS: z
    .string()
    .default("")
    .transform((text, ctx) => {
      const { keys, problems } = parseApiKeys(text);
      for (const message of problems) ctx.addIssue({ code: "custom", message });
      return problems.length > 0 ? z.NEVER : keys;
    }),
  /** Whether reading needs a token too. */
  READ_ACCESS: z.enum(["public", "token"]).default("public"),
});

export interface Config {
  http: HttpSettings;
  /** Where to find Neo4j. `local` means this project starts and stops its own server. */
  neo4j: Neo4jTarget;
  seedOnStart: boolean;
  queryTimeoutMs: number;
  auth: { keys: ApiKey[]; readAccess: "public" | "token" };
}

export interface HttpSettings {
  host: string;
  port: number;
  /** Whether the GraphQL schema answers introspection queries. */
  introspection: boolean;
}

export type Neo4jTarget =
  | { mode: "external"; uri: string; username: string; password: string; database: string }
  | {
      mode: "local";
      instance: string;
      boltPort: number;
      httpPort: number;
      heap: string;
      pageCache: string;
      startTimeoutMs: number;
      database: string;
    };

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment, or throws a ConfigError naming every variable that is wrong. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  const neo4j: Neo4jTarget = e.NEO4J_URI
    ? {
        mode: "external",
        uri: e.NEO4J_URI,
        username: e.NEO4J_USERNAME,
        password: e.NEO4J_PASSWORD,
        database: e.NEO4J_DATABASE,
      }
    : {
        mode: "local",
        instance: e.NEO4J_INSTANCE,
        boltPort: e.NEO4J_BOLT_PORT,
        httpPort: e.NEO4J_HTTP_PORT,
        heap: e.NEO4J_HEAP,
        pageCache: e.NEO4J_PAGECACHE,
        startTimeoutMs: e.NEO4J_START_TIMEOUT_SECONDS * 1000,
        database: "neo4j",
      };
  return {
    http: { host: e.HOST, port: e.PORT, introspection: e.INTROSPECTION },
    neo4j,
    seedOnStart: e.SEED_ON_START,
    queryTimeoutMs: e.QUERY_TIMEOUT_SECONDS * 1000,
    auth: { keys: e.API_KEYS, readAccess: e.READ_ACCESS },
  };
}

/**
 * The environment that makes a child process of this project use `connection` (the external mode of
 * loadConfig): how the tests, the benchmark and the soak hand a server their Neo4j and its credentials.
 */
export function connectionEnv(connection: {
  uri: string;
  username?: string;
  password?: string;
  database: string;
}): Record<string, string> {
  return {
    NEO4J_URI: connection.uri,
    NEO4J_USERNAME: connection.username ?? "neo4j",
    NEO4J_PASSWORD: connection.password ?? "",
    NEO4J_DATABASE: connection.database,
  };
}
