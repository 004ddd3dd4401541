/** `npm run seed:check`: validates the seed files without a database and prints what they hold. */
import path from "node:path";
import { projectRoot } from "../project.js";
import { compileSeedDir, describeProblems, SeedError } from "./compile.js";

try {
  const graph = compileSeedDir(path.join(projectRoot, "seed"));
  if (graph.warnings.length > 0) console.error(describeProblems(graph.warnings, "warning"));
  const byKind = new Map<string, number>();
  for (const e of graph.entities) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  console.log(
    `seed is valid: ${graph.sources.length} sources, ${graph.entities.length} entities ` +
      `(${[...byKind].map(([k, n]) => `${k} ${n}`).join(", ")}), ${graph.relationships.length} relationships, ` +
      `${graph.evidence.length} evidence quotes`,
  );
} catch (error) {
  if (!(error instanceof SeedError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
