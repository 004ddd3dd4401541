import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, printSchema } from "graphql";
import { projectRoot } from "./project.js";

/** The SDL files of schema/, concatenated in name order: the API's contract. */
export function loadTypeDefs(dir = path.join(projectRoot, "schema")): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), "utf8"))
    .join("\n");
}

/** Where the merged schema is committed, for clients that point codegen at a file. */
export const SCHEMA_FILE = path.join(projectRoot, "schema.graphql");

/**
 * The whole schema as one SDL document, printed by graphql-js from the files of schema/: what
 * schema.graphql holds (`npm run codegen` writes it, `npm run codegen:check` fails when it is stale) and
 * what the server sends at /schema.graphql.
 */
export function printMergedSchema(typeDefs = loadTypeDefs()): string {
  return (
    "# The GraphQL schema of this API, merged from schema/*.graphql by `npm run codegen`. Do not edit.\n\n" +
    `${printSchema(buildSchema(typeDefs))}\n`
  );
}
