/**
 * `npm run query -- '{ stats { entities } }' ['{"var": 1}']`: runs one GraphQL operation against the
 * configured Neo4j through the real schema and resolvers, and prints the result and its Cypher round trips.
 * Handy for exploring and for writing docs/queries.md; exits 1 when the answer has errors, for scripts.
 */
import { loadConfig } from "../src/config.js";
import { withDatabase } from "../src/database.js";
import { runCommand, UsageError } from "../src/run-command.js";
import { createApollo, runOperation } from "../src/apollo.js";

const USAGE = `usage: npm run query -- '<GraphQL operation>' ['<variables as JSON>']

Runs one GraphQL operation against Neo4j (the local one, or the one at NEO4J_URI) through the real schema
and resolvers, prints the answer ({ errors, data }) and, on stderr, its Cypher round trips. Exits 1 when
the answer has errors (a syntax or validation error, NOT_FOUND, ...).

options:
  -h, --help   show this help`;

function parseVariables(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the variables are not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new UsageError('the variables must be a JSON object, such as \'{"id": "org:inalum"}\'');
  }
  return value as Record<string, unknown>;
}

runCommand(
  { name: "npm run query", usage: USAGE, options: {}, positionals: ["OPERATION", "VARIABLES?"] },
  async ({ positionals: [query = "", text] }) => {
    const variables = parseVariables(text);
    const log = (line: string) => {
      console.error(line);
    };
    return withDatabase(loadConfig(), log, async (graph, info) => {
      const { data, errors, roundTrips } = await runOperation(
        createApollo(),
        graph,
        { query, variables },
        { info },
      );
      console.log(JSON.stringify({ errors, data }, null, 2));
      console.error(`(${roundTrips} Cypher round trips)`);
      return errors && errors.length > 0 ? 1 : 0;
    });
  },
);
