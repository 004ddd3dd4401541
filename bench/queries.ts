import { benchId } from "./generate.js";

/**
 * The canonical research queries, each three ways: through our API, as the one hand-written Cypher query
 * that answers it (the floor), and through @neo4j/graphql where it has an equivalent.
 */
export interface CanonicalQuery {
  name: string;
  /** Our GraphQL operation. */
  ours: string;
  /** The single Cypher statement a person would write for the same answer. */
  cypher: string;
  params: Record<string, unknown>;
  /** The equivalent operation for @neo4j/graphql, or null where it has none. */
  library: string | null;
}

const hub = benchId("Organization", 0);
const person = benchId("Person", 1);
const agreement = benchId("Agreement", 3);

export const QUERIES: CanonicalQuery[] = [
  {
    name: "lookup by id",
    ours: `{ entity(id: "${hub}") { id name aliases } }`,
    cypher: "MATCH (n:Entity {id: $id}) RETURN n.id, n.name, n.aliases",
    params: { id: hub },
    library: `{ organizations(where: { id: { eq: "${hub}" } }) { id name aliases } }`,
  },
  {
    name: "full-text search",
    ours: `{ search(query: "nikel", first: 10) { totalCount edges { node { entity { id name } } } } }`,
    cypher: `CALL db.index.fulltext.queryNodes('entity_search_id', 'nikel') YIELD node, score
             RETURN node.id, node.name, score ORDER BY score DESC LIMIT 10`,
    params: {},
    library: null,
  },
  {
    name: "entity with one hop",
    ours: `{ entity(id: "${agreement}") { name relationships(first: 20) { edges { node { type from { name } to { name } } } } } }`,
    cypher: `MATCH (n:Entity {id: $id}) OPTIONAL MATCH (n)-[r]-(m:Entity)
             WITH n, r, m ORDER BY type(r), m.id LIMIT 20
             RETURN n.name, collect({type: type(r), other: m.name})`,
    params: { id: agreement },
    library: `{ agreements(where: { id: { eq: "${agreement}" } }) { name parties { name } covers { name } } }`,
  },
  {
    name: "two nested hops",
    ours: `{ entity(id: "${agreement}") { name relationships(types: [PARTY_TO], first: 10) { edges { node { from { name ... on Organization { units { name } } } } } } } }`,
    cypher: `MATCH (a:Entity {id: $id})<-[:PARTY_TO]-(o:Organization)
             OPTIONAL MATCH (u:Organization)-[:UNIT_OF]->(o)
             WITH a, o, collect(u.name) AS units LIMIT 10
             RETURN a.name, collect({name: o.name, units: units})`,
    params: { id: agreement },
    library: `{ agreements(where: { id: { eq: "${agreement}" } }) { name parties { name units { name } } } }`,
  },
  {
    name: "filtered connection page",
    ours: `{ agreements(filter: { status: SIGNED }, first: 20) { totalCount edges { node { id name } } } }`,
    cypher: `CALL () { MATCH (n:Agreement {status: 'SIGNED'}) RETURN count(n) AS total }
             MATCH (n:Agreement {status: 'SIGNED'}) WITH total, n ORDER BY toLower(n.name), n.id LIMIT 20
             RETURN total, collect({id: n.id, name: n.name})`,
    params: {},
    library: `{ agreementsConnection(where: { status: { eq: "SIGNED" } }, first: 20, sort: [{ name: ASC }]) { totalCount edges { node { id name } } } }`,
  },
  {
    name: "positions as of a date",
    ours: `{ entity(id: "${hub}") { ... on Organization { positions(asOf: "2020-06-01") { person { name } title observedOn } } } }`,
    cypher: `MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Entity {id: $id})
             WHERE r.observedOn <= '2020-06-01'
             WITH p, r ORDER BY r.observedOn DESC LIMIT 1
             RETURN p.name, r.title, r.observedOn`,
    params: { id: hub },
    library: null,
  },
  {
    name: "shortest path",
    ours: `{ path(from: "${person}", to: "${agreement}", maxHops: 4) { length hops { relationship { type } } } }`,
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
             MATCH p = shortestPath((a)-[*..4]-(b)) RETURN [r IN relationships(p) | type(r)]`,
    params: { from: person, to: agreement },
    library: null,
  },
  {
    name: "neighbourhood",
    ours: `{ neighborhood(id: "${agreement}", hops: 1, limit: 50) { nodes { id } edges { id } } }`,
    cypher: `MATCH (c:Entity {id: $id}) OPTIONAL MATCH (c)-[r]-(m:Entity)
             WITH c, collect(DISTINCT m)[0..50] AS ms
             RETURN [x IN ms | x.id], COLLECT { MATCH (x)-[r]->(y) WHERE x IN ms + c AND y IN ms + c RETURN r.id }`,
    params: { id: agreement },
    library: null,
  },
];
