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
  /** `paths(first)`: alternative paths in one answer. */
  pathAlternatives: { min: 1, max: 10 },
  /**
   * The alternatives are taken from this many of the shortest path lengths there are (or fewer, as many
   * as `first`): all paths of a length are compared to keep the order stable, and on a dense graph the
   * number of paths grows fast with the length.
   */
  pathLengthGroups: 3,
  /** `search(query)`: characters, and words (each one is a Lucene clause). */
  searchLength: 200,
  searchWords: 12,
  /** Words of the longest lexicon term a query's words are looked up as ("pertambangan mineral dan batu bara"). */
  searchTermWords: 6,
  /**
   * Forms in the other language (and spellings) one term of a query is expanded with, at most: above the
   * lexicon's most (14), so that every form of a term finds the same; twelve such terms stay below
   * Lucene's 1,024 clauses per query.
   */
  searchEquivalents: 16,
  /** A word of a query is matched within edit distance 1 from this many letters, 2 from the next. */
  searchFuzzy1Length: 5,
  searchFuzzy2Length: 8,
  /** The fuzzy pass (and its "did you mean" suggestion) runs when the exact ones find fewer entities. */
  searchFewHits: 3,
  /** Of the fuzzy hits, how many are read for the names a suggestion is made of. */
  searchSuggestionHits: 10,

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

// ------------------------------------------------------------------------------------------------------------
// Input bounds
// ------------------------------------------------------------------------------------------------------------

/**
 * The largest values a write accepts, checked with the seed format (src/model/format.ts), so that seed files,
 * imports and mutations share them. Each is far above what the seed needs (its largest value is in the
 * comment), and small enough that no write can make the entity it touches slow to read or update. A value
 * over its bound is refused naming the field and the bound; docs/writing.md#input-bounds lists them.
 */
export const INPUT_BOUNDS = {
  /** Characters of an entity's or a source's id (the seed's longest: 67). */
  id: 100,
  /** Characters of an id given as an argument: an entity's, a source's or a relationship's (longest: 104). */
  reference: 300,
  /** Characters of a relationship's key, which tells two ties of one type between one pair apart. */
  key: 40,
  /** Characters of a name or an alias (157). */
  name: 300,
  /** Aliases of one entity (14). */
  aliases: 50,
  /** Characters of a description (304). */
  description: 2_000,
  /** Characters of a note: what an inference is drawn from (153), how a date was established (344). */
  note: 1_000,
  /** Characters of a short text: a title, a role, a metric, a unit, a publisher, an author (85). */
  label: 300,
  /** Characters of a URL (121). */
  url: 2_000,
  /** Characters of a quote: a sentence or two (265). */
  quote: 1_000,
  /** Quotes given for one fact (3), and ids in one distinctFrom (0). */
  quotes: 20,
  distinctFrom: 20,
  /** Entities one statement is about (3). */
  statementAbout: 20,
  /** Characters of an article's text, in addSource and importSource (3,257). */
  articleText: 40_000,
  /** Characters of an import's YAML (the seed's largest file: 35,544). */
  importYaml: 60_000,
  /**
   * Characters of a page given to draftSource, page furniture included (the seed's largest original page:
   * 3,766); below maxBodyBytes, so a page over it is refused naming this bound, not the body's.
   */
  draftText: 60_000,
  /** Rejections and edits in one draftSource review (a seed article's draft has about 60 proposals). */
  draftReview: 1_000,
} as const;

/**
 * How long a write's transaction may run, waiting for the locks it needs included, before Neo4j rolls it
 * back: as long as shutdown waits for requests in flight, so a write never outlives the server's shutdown.
 * Seed loads (`npm run seed`) have none: they may take minutes on a large graph.
 */
export const WRITE_TIMEOUT_MS = 20_000;
