/**
 * The one place the Neo4j version is pinned. 5.26 is the LTS line that runs on Java 17; bump the patch
 * here when Maven Central has a newer one (`npm run neo4j -- start` then downloads it once).
 */
export const NEO4J_VERSION = "5.26.31";

/** Neo4j Browser is released on its own cadence; it only adds the /browser page on the HTTP port. */
export const NEO4J_BROWSER_VERSION = "5.24.0";

export const MIN_JAVA_MAJOR = 17;
