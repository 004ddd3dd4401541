/**
 * Every bound the server puts on what it is asked, in one table: change a number here and the check, its
 * message and docs/operations.md's figures follow (the tests read them from here). This module imports
 * nothing, so any layer can read it.
 *
 * - Arguments out of range are refused with BAD_USER_INPUT naming the argument (`checkRange`).
 * - Operations over a limit are refused with QUERY_TOO_COMPLEX before anything runs
 *   (`src/plugins/operation-limits.ts` and the rules in `src/validation/`).
 */

/** An inclusive range of whole numbers an argument may take. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

export const LIMITS = {
  // --- Arguments -------------------------------------------------------------------------------------------

  /** Items one page of a connection may hold (`first`); larger values are refused, not silently cut. */
  pageSize: { min: 0, max: 100 },
  /** `neighborhood(hops)`: three hops from a ministry already reach most of the graph. */
  neighborhoodHops: { min: 1, max: 3 },
  /** `neighborhood(limit)`: entities in one subgraph, about what a network view can draw. */
  neighborhoodLimit: { min: 1, max: 500 },
  /** `path(maxHops)`: a literal in the Cypher pattern, so it must be a small whole number. */
  pathHops: { min: 1, max: 6 },
  /** `search(query)`: characters, and words (each one is a Lucene clause). */
  searchLength: 200,
  searchWords: 12,

  // --- Requests --------------------------------------------------------------------------------------------

  /** A `/graphql` request body; the largest documented query is under 2 kB. */
  maxBodyBytes: 100 * 1024,

  // --- Operations (QUERY_TOO_COMPLEX) ----------------------------------------------------------------------

  /** Lexical tokens of the document, enforced by graphql-js's parser: bounds everything measured below. */
  maxTokens: 5000,
  /** Nesting of selection sets (fields; fragments add none); the deepest documented query uses 9. */
  maxDepth: 12,
  /** Aliased fields in the document: each can be a query of its own. */
  maxAliases: 20,
  /**
   * Estimated cost: every object the answer can hold counts 1 (see `MaxCostRule`). A single page of
   * 100 entities with one page of 50 relationships each is about 15,000; the largest documented query is
   * far below (test/limits.test.ts prints their costs).
   */
  maxCost: 25_000,
  /** What a list without a `first` or `limit` argument (evidence, units, positions) is assumed to hold. */
  assumedListSize: 10,
  /**
   * Selections one measurement of an operation may visit. Each fragment is measured once however often it
   * is spread, so a document within `maxTokens` needs a few thousand at most; the budget stops any
   * measurement that would grow faster than the document (as graphql-js's own overlap check has one).
   */
  maxVisits: 50_000,
  /**
   * Introspection (`__schema`, `__type`) is measured apart from the data, against bounds of its own. The
   * standard introspection query (graphql-js's getIntrospectionQuery, any options, `ofType` nine times
   * over) nests 15 deep and costs 16,424, and must pass whenever INTROSPECTION is on; a document that asks
   * for the schema three times over, or nests `ofType` without end, must not. (graphql-js's own
   * MaxIntrospectionDepthRule already refuses `fields { type { fields ...` three lists deep.)
   */
  introspection: { maxDepth: 20, maxCost: 40_000 },

  // --- Neo4j driver (src/graph/driver.ts) ------------------------------------------------------------------

  /** Opening a connection to Neo4j: an unreachable server fails fast with DATABASE_UNAVAILABLE. */
  connectionTimeoutMs: 3_000,
  /** Waiting for a connection from the pool when all are busy. */
  connectionAcquisitionTimeoutMs: 5_000,
  /** Retrying a transient failure (leader switch, deadlock), all attempts together. */
  maxTransactionRetryTimeMs: 2_000,
  /** How often `npm start` tries again to reach a Neo4j that is unreachable at start (src/main.ts). */
  neo4jRetryMs: 10_000,

  // --- Shutdown --------------------------------------------------------------------------------------------

  /**
   * Requests in flight at shutdown get this long to finish: longer than a read may run at the default
   * QUERY_TIMEOUT_SECONDS (15 s), shorter than the 30 s an orchestrator usually waits before SIGKILL.
   */
  shutdownGraceMs: 20_000,
} as const;
