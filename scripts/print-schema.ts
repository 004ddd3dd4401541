/** Part of `npm run codegen`: writes the merged schema of schema/*.graphql to schema.graphql. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/project.js";
import { printMergedSchema, SCHEMA_FILE } from "../src/schema.js";

writeFileSync(SCHEMA_FILE, printMergedSchema());
console.log(`wrote ${path.relative(projectRoot, SCHEMA_FILE)}`);
