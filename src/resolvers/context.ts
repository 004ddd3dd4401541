import type { Viewer } from "../api-keys.js";
import type { Graph } from "../graph/driver.js";
import type { Loaders } from "../graph/loaders.js";

/** What every resolver gets: this request's view of the graph and its DataLoaders. */
export interface GraphQLContext {
  graph: Graph;
  loaders: Loaders;
  /** Who sent the request (from its bearer token); null when no token was sent. */
  viewer: Viewer | null;
  /** Neo4j's version and edition, read once at start-up. */
  server: { version: string; neo4jVersion: string; neo4jEdition: string };
}
