/**
 * The soak's mix of operations (bench/soak.ts): what a client of the seed graph does, with weights, plus a
 * few operations the server refuses by design, so that refusals are exercised under load too.
 */
import { LIMITS } from "../src/limits.js";

export type Answer = Record<string, unknown>;

export interface SoakOperation {
  name: string;
  /** Share of the rotation: an operation of weight 10 is sent ten times as often as one of weight 1. */
  weight: number;
  /** Request bodies sent in turn (as-is: a refusal may be malformed JSON). */
  bodies: string[];
  /**
   * A correct answer: status 200 with no `errors` and `data` that `check` accepts; or, for a refusal by
   * design, this HTTP status and the code of its first error, with no stack trace.
   */
  expect: { check: (data: Answer) => boolean } | { refused: { status: number; code: string } };
}

const body = (query: string, variables?: Record<string, unknown>) =>
  JSON.stringify(variables ? { query, variables } : { query });

const field = (data: Answer, name: string): Answer | undefined => {
  const value = data[name];
  return value && typeof value === "object" ? (value as Answer) : undefined;
};
const hasEdges = (data: Answer, name: string) => {
  const edges = field(data, name)?.edges;
  return Array.isArray(edges) && edges.length > 0;
};
const refused = (status: number, code: string) => ({ refused: { status, code } });

/** Seed ids of every kind, looked up in turn. */
const LOOKUP_IDS = [
  "org:inalum",
  "org:kemenperin",
  "person:taufiek-bawazier",
  "agreement:kemenperin-unido-cooperation-2025",
  "commodity:nickel",
  "place:kuala-tanjung",
  "programme:iucp",
  "event:kemenperin-unido-meeting-2025-03-05",
  "indicator:inalum-aluminium-production-2020",
  "regulation:uu-3-2020-minerba",
  "facility:inalum-smelter-batubara",
  "topic:green-industry",
];

/** As deep as twice the limit allows: refused before anything runs. */
function overDeepQuery(): string {
  const levels = Math.ceil(LIMITS.maxDepth / 2);
  return `{ entity(id: "org:inalum") { ${"relationships { edges { node { from { ".repeat(levels)}name${" } } } }".repeat(levels)} } }`;
}

function tooManyAliasesQuery(): string {
  return `{ ${Array.from({ length: LIMITS.maxAliases + 5 }, (_, i) => `a${i}: about { version }`).join(" ")} }`;
}

export const SOAK_MIX: SoakOperation[] = [
  {
    name: "entity by id",
    weight: 14,
    bodies: LOOKUP_IDS.map((id) =>
      body(
        `query ($id: ID!) { entity(id: $id) { id kind name aliases description
           evidence { quote start end source { publisher publishedOn } } } }`,
        { id },
      ),
    ),
    expect: { check: (data) => field(data, "entity")?.id !== undefined },
  },
  {
    name: "relationship by id",
    weight: 3,
    bodies: [
      body(`{ node(id: "person:taufiek-bawazier-[HOLDS_POSITION]->org:ilmate") {
        ... on Relationship { type title observedOn evidence { quote source { publisher title publishedOn } } } } }`),
    ],
    expect: { check: (data) => field(data, "node")?.type === "HOLDS_POSITION" },
  },
  {
    name: "search",
    weight: 14,
    bodies: ["nikel", "nickel", "Kemenperin", "Ministry of Industry", "aluminium", "UNIDO", "smelter"].map(
      (query) =>
        body(
          `query ($q: String!) { search(query: $q, first: 10) { totalCount pageInfo { hasNextPage endCursor }
             edges { node { score entity { id kind name } } } } }`,
          { q: query },
        ),
    ),
    expect: { check: (data) => hasEdges(data, "search") },
  },
  {
    name: "lists, filtered and paged",
    weight: 16,
    bodies: [
      body(`{ agreements(filter: { party: "org:miit-china" }) { totalCount edges { node { name
        ... on Agreement { status } } } } }`),
      body(`{ first: organizations(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } }
        next: organizations(first: 3, after: "YzF8UXVlcnkub3JnYW5pemF0aW9uc3xqOVo0MS1GbDBVMEN8Mg") { pageInfo { hasPreviousPage hasNextPage }
        edges { node { name } } } }`),
      body(`{ events(filter: { from: "2021-01-01", to: "2021-12-31" }, orderBy: ID_ASC) { edges { node { name
        ... on Event { startDate } } } } }`),
      body(`{ indicators(filter: { relatedTo: "org:inalum", metric: "aluminium_production" }, orderBy: ID_ASC) {
        edges { node { ... on Indicator { value unit period basis } evidence { quote } } } } }`),
      body(`{ entities(filter: { kinds: [Organization, Place], nameContains: "indo" }, first: 10) { totalCount
        edges { cursor node { id kind name } } } }`),
      body(`{ people(first: 20, orderBy: NAME_DESC) { totalCount edges { node { name
        ... on Person { positions { title organization { name } observedOn } } } } } }`),
      body(`{ commodities(filter: { relatedTo: "agreement:indonesia-china-downstreaming-smelter-cooperation-2024" }) {
        edges { node { id name } } } }`),
    ],
    expect: {
      check: (data) => Object.values(data).every((v) => Array.isArray((v as Answer | null)?.edges)),
    },
  },
  {
    name: "relationships",
    weight: 10,
    bodies: [
      body(`{ programmes(filter: { party: "org:unido" }) { edges { node { name
        parties: relationships(types: [PARTY_TO], direction: INCOMING) { edges { node { from { name } role } } }
        parts: relationships(types: [PART_OF], direction: INCOMING) { edges { node { from { name } } } } } } } }`),
      body(`{ entity(id: "org:inalum") { name relationships(first: 20) { totalCount edges { node { type
        from { id name } to { id name } evidence { quote } } } } } }`),
      body(`{ entity(id: "agreement:indonesia-china-downstreaming-smelter-cooperation-2024") {
        relationships(types: [COVERS], direction: OUTGOING) { edges { node { to { name ... on Commodity { category } }
        inferred } } } } }`),
    ],
    expect: {
      check: (data) => data.programmes !== undefined || field(data, "entity")?.relationships !== undefined,
    },
  },
  {
    name: "positions as of a date",
    weight: 10,
    bodies: [
      body(`{ entity(id: "org:ilmate") { ... on Organization {
        in2021: positions(asOf: "2021-07-26") { person { name } titleEn inferredSpan evidence { quote } }
        in2025: positions(asOf: "2025-03-05") { person { name } titleEn inferredSpan evidence { quote } } } } }`),
      body(`{ entity(id: "org:kemenperin") { name ... on Organization { units { name aliases
        positions { person { name } title observedOn } } } } }`),
      body(`{ entity(id: "person:setia-diarta") { ... on Person { positions(asOf: "2025-03-05") { title
        organization { name } } } } }`),
    ],
    expect: { check: (data) => field(data, "entity") !== undefined },
  },
  {
    name: "path",
    weight: 6,
    bodies: [
      body(`{ path(from: "org:inalum", to: "org:unido", maxHops: 4) { length hops { forward from { name }
        to { name } relationship { type evidence { quote } } } } }`),
      body(`{ path(from: "person:taufiek-bawazier", to: "org:miit-china", maxHops: 5) { length
        nodes { id name } } }`),
    ],
    expect: { check: (data) => typeof field(data, "path")?.length === "number" },
  },
  {
    name: "neighbourhood",
    weight: 6,
    bodies: [
      body(`{ neighborhood(id: "org:unido", hops: 1, kinds: [Organization, Person, Programme]) {
        nodes { id kind name } edges { type from { id } to { id } } truncated } }`),
      body(
        `{ neighborhood(id: "org:kemenperin", hops: 2, limit: 50) { nodes { id } edges { id } truncated } }`,
      ),
    ],
    expect: { check: (data) => Array.isArray(field(data, "neighborhood")?.nodes) },
  },
  {
    name: "stats and sources",
    weight: 3,
    bodies: [
      body(`{ stats { entities relationships sources evidence byKind { kind count }
        byRelationshipType { type count } } sources { publisher title publishedOn } about { version } }`),
    ],
    expect: { check: (data) => typeof field(data, "stats")?.entities === "number" },
  },
  // Refused by design: each must keep being refused the same way, and must not cost memory.
  {
    name: "refused: nested too deep",
    weight: 2,
    bodies: [body(overDeepQuery())],
    expect: refused(400, "QUERY_TOO_COMPLEX"),
  },
  {
    name: "refused: too many aliases",
    weight: 1,
    bodies: [body(tooManyAliasesQuery())],
    expect: refused(400, "QUERY_TOO_COMPLEX"),
  },
  {
    name: "refused: page too large",
    weight: 1,
    bodies: [body(`{ organizations(first: 100000) { edges { node { id } } } }`)],
    expect: refused(200, "BAD_USER_INPUT"),
  },
  {
    name: "refused: unknown id",
    weight: 1,
    bodies: [body(`{ neighborhood(id: "org:no-such-thing") { nodes { id } } }`)],
    expect: refused(200, "NOT_FOUND"),
  },
  {
    name: "refused: unknown field",
    weight: 1,
    bodies: [body(`{ entity(id: "org:inalum") { name salary } }`)],
    expect: refused(400, "GRAPHQL_VALIDATION_FAILED"),
  },
  {
    name: "refused: syntax error",
    weight: 1,
    bodies: [body(`{ entity(id: "org:inalum") { name `)],
    expect: refused(400, "GRAPHQL_PARSE_FAILED"),
  },
  {
    name: "refused: malformed JSON",
    weight: 1,
    bodies: ['{"query": "{ about { version } }"'],
    expect: refused(400, "BAD_REQUEST"),
  },
];
