import neo4j, {
  type Driver,
  type ManagedTransaction,
  type RecordShape,
  type RoutingControl,
} from "neo4j-driver";
import { LIMITS } from "../limits.js";

/** Where and how to reach Neo4j once the configuration is resolved (a local instance has a bolt URI too). */
export interface Connection {
  uri: string;
  username?: string;
  password?: string;
  database: string;
  /** Reads (the API's queries) are cut off after this long; writes are not (a seed load may take minutes). */
  readTimeoutMs?: number;
}

/** Counts Cypher round trips; one per GraphQL request lets tests assert the batching bound. */
export class RoundTripCounter {
  count = 0;
}

export type Params = Record<string, unknown>;

/**
 * The one way the code talks to Neo4j: reads are routed to readers, writes to the leader, every call
 * names the database, and every round trip is counted.
 */
export class Graph {
  private constructor(
    readonly driver: Driver,
    readonly uri: string,
    readonly database: string,
    readonly counter: RoundTripCounter,
    private readonly ownsDriver: boolean,
    private readonly readTimeoutMs?: number,
  ) {}

  static connect(connection: Connection): Graph {
    const auth =
      connection.username !== undefined
        ? neo4j.auth.basic(connection.username, connection.password ?? "")
        : undefined;
    const driver = neo4j.driver(connection.uri, auth, {
      // Integers in this graph are counts, offsets and years: all far below 2^53.
      disableLosslessIntegers: true,
      // An API fails fast when the database is away, rather than holding requests for half a minute.
      connectionAcquisitionTimeout: LIMITS.connectionAcquisitionTimeoutMs,
      connectionTimeout: LIMITS.connectionTimeoutMs,
      maxTransactionRetryTime: LIMITS.maxTransactionRetryTimeMs,
      userAgent: "indonesia-industry-graph",
    });
    return new Graph(
      driver,
      connection.uri,
      connection.database,
      new RoundTripCounter(),
      true,
      connection.readTimeoutMs,
    );
  }

  /** A view of the same driver with its own round-trip counter, for one GraphQL request. */
  forRequest(): Graph {
    return new Graph(this.driver, this.uri, this.database, new RoundTripCounter(), false, this.readTimeoutMs);
  }

  async read<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.run<T>(cypher, params, neo4j.routing.READ);
  }

  async write<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.run<T>(cypher, params, neo4j.routing.WRITE);
  }

  private async run<T extends RecordShape>(
    cypher: string,
    params: Params,
    routing: RoutingControl,
  ): Promise<T[]> {
    this.counter.count += 1;
    const timeout = routing === neo4j.routing.READ ? this.readTimeoutMs : undefined;
    const result = await this.driver.executeQuery(cypher, params, {
      database: this.database,
      routing,
      ...(timeout ? { transactionConfig: { timeout } } : {}),
    });
    return result.records.map((r) => r.toObject() as T);
  }

  /**
   * Several statements in one write transaction: all of them commit, or none. The driver runs `work` again
   * on a transient error (a deadlock, a leader switch), so it must do all its reads and checks itself.
   * Without `timeoutMs` it may run as long as it takes (a seed load).
   */
  async writeTransaction<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    { timeoutMs }: { timeoutMs?: number } = {},
  ): Promise<T> {
    this.counter.count += 1;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, timeoutMs ? { timeout: timeoutMs } : undefined);
    } finally {
      await session.close();
    }
  }

  /** Several reads in one transaction, so that they see one state of the graph (a write's dry run). */
  async readTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.counter.count += 1;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(
        work,
        this.readTimeoutMs ? { timeout: this.readTimeoutMs } : undefined,
      );
    } finally {
      await session.close();
    }
  }

  /**
   * Neo4j's version and edition. Throws DatabaseUnavailableError (retry later) when the server cannot be
   * reached, and DatabaseRefusedError (retrying will not help) when it refuses the credentials or database.
   */
  async verify(): Promise<{ version: string; edition: string }> {
    try {
      // Answers at once when the server cannot be reached, where a query would be retried first.
      await this.driver.getServerInfo({ database: this.database });
      const [component] = await this.read<{ version: string; edition: string }>(
        "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
      );
      if (!component) throw new Error("dbms.components() returned nothing");
      return component;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === "string" && /^Neo\.ClientError\.(Security|Database)\./.test(code)) {
        throw new DatabaseRefusedError(
          `Neo4j at ${this.describe()} refused the connection: ${reason(error)}`,
          {
            cause: error,
          },
        );
      }
      throw new DatabaseUnavailableError(`Neo4j at ${this.describe()} is unavailable: ${reason(error)}`, {
        cause: error,
      });
    }
  }

  describe(): string {
    return `${this.uri} (database '${this.database}')`;
  }

  async close(): Promise<void> {
    if (this.ownsDriver) await this.driver.close();
  }
}

/** The part of a driver error a person needs: its root cause ("connect ECONNREFUSED ...") where it has one. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = /Caused by: (.*)$/s.exec(message)?.[1];
  return (cause ?? message).split("\n")[0] ?? message;
}

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/** The server answered but refuses this client (credentials, database name): retrying will not help. */
export class DatabaseRefusedError extends Error {
  override name = "DatabaseRefusedError";
}

/** Whether a driver error means "the database cannot be reached" rather than "the query is wrong". */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    code === neo4j.error.SERVICE_UNAVAILABLE ||
    code === neo4j.error.SESSION_EXPIRED ||
    (typeof code === "string" && code.startsWith("Neo.TransientError.General.DatabaseUnavailable")) ||
    // A transaction Neo4j ends because it is shutting down (or an operator terminated it): retry later.
    code === "Neo.TransientError.Transaction.Terminated" ||
    code === "Neo.TransientError.Transaction.LockClientStopped" ||
    // The pool's acquisition timeout carries no code of its own.
    error.message.includes("Connection acquisition timed out")
  );
}

/**
 * Whether Neo4j ended a query for running longer than its transaction timeout. A transaction that was
 * waiting for a lock when its time ran out ends with LockClientStopped, as a client error (when Neo4j
 * stops it for shutting down, the same code is a transient error: see isUnavailable).
 */
export function isTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === "string" &&
    (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") ||
      code === "Neo.ClientError.Transaction.LockClientStopped")
  );
}
