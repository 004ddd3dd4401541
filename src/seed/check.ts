/** `npm run seed:check`: validates the seed files without a database and prints what they hold. */
import path from "node:path";
import { projectRoot } from "../project.js";
import { runCommand } from "../run-command.js";
import { compileSeedDir, describeProblems } from "./compile.js";

const USAGE = `usage: npm run seed:check

Validates every file in seed/ (YAML, the format, ids, every quote at its offsets) without a database, and
prints what they hold; each problem names its file, path and line (exit 1).

options:
  -h, --help   show this help`;

runCommand({ name: "npm run seed:check", usage: USAGE, options: {} }, () => {
  const graph = compileSeedDir(path.join(projectRoot, "seed"));
  if (graph.warnings.length > 0) console.error(describeProblems(graph.warnings, "warning"));
  const byKind = new Map<string, number>();
  for (const e of graph.entities) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  console.log(
    `seed is valid: ${graph.sources.length} sources, ${graph.entities.length} entities ` +
      `(${[...byKind].map(([k, n]) => `${k} ${n}`).join(", ")}), ${graph.relationships.length} relationships, ` +
      `${graph.evidence.length} evidence quotes`,
  );
});
