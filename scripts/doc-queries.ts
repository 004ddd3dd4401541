import { readFileSync } from "node:fs";
import path from "node:path";
import { parseDocQueries, type DocQuery } from "../src/doc-queries.js";
import { projectRoot } from "../src/project.js";

export { withAnswers, type DocQuery } from "../src/doc-queries.js";

export const QUERIES_FILE = path.join(projectRoot, "docs", "queries.md");

/** The research queries of docs/queries.md with their documented answers. */
export function readDocQueries(text = readFileSync(QUERIES_FILE, "utf8")): DocQuery[] {
  return parseDocQueries(text);
}
