/**
 * `npm run query -- '{ stats { entities } }' ['{"var": 1}']`: runs one GraphQL operation against the
 * configured Neo4j through the real schema and resolvers, and prints the result and its Cypher round trips.
 * Handy for exploring and for writing docs/queries.md.
 */
import { ConfigError, loadConfig } from "../src/config.js";
import { openDatabase } from "../src/database.js";
import { createApollo, runOperation } from "../src/server.js";

const [query, variables] = process.argv.slice(2);
if (!query) {
  console.error("usage: npm run query -- '<GraphQL operation>' ['<variables as JSON>']");
  process.exit(2);
}
try {
  const db = await openDatabase(loadConfig(), (line) => {
    console.error(line);
  });
  try {
    const { version, edition } = await db.graph.verify();
    const { data, errors, roundTrips } = await runOperation(
      createApollo(),
      db.graph,
      { query, variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : {} },
      { info: { neo4jVersion: version, neo4jEdition: edition } },
    );
    console.log(JSON.stringify({ errors, data }, null, 2));
    console.error(`(${roundTrips} Cypher round trips)`);
  } finally {
    await db.close();
  }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
}
