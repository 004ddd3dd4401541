import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./project.js";

/** The SDL files of schema/, concatenated in name order: the API's contract. */
export function loadTypeDefs(dir = path.join(projectRoot, "schema")): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), "utf8"))
    .join("\n");
}
