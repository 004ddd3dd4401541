import type { Graph } from "../graph/driver.js";
import { countGraph, writeSeedGraph, type GraphCounts, type WriteOptions } from "../graph/write.js";
import { compileSeedDir, describeProblems } from "./compile.js";

/**
 * Validates every seed file first (a SeedError names each problem and nothing is written), then writes the
 * whole seed graph in one transaction (with `replace`, replacing everything that was there). The caller
 * has applied the migrations.
 */
export async function loadSeed(
  graph: Graph,
  seedDir: string,
  log: (line: string) => void,
  options: WriteOptions = {},
): Promise<GraphCounts> {
  const { warnings, ...seed } = compileSeedDir(seedDir);
  if (warnings.length > 0) log(describeProblems(warnings, "warning"));
  log(
    `Seed files are valid: ${seed.sources.length} sources, ${seed.entities.length} entities, ` +
      `${seed.relationships.length} relationships, ${seed.evidence.length} evidence quotes.`,
  );
  let lastStep = "";
  await writeSeedGraph(
    graph,
    seed,
    (step, done, total) => {
      if (done === total || step !== lastStep) log(`  writing ${step}: ${done}/${total}`);
      lastStep = step;
    },
    options,
  );
  return countGraph(graph);
}

export function describeCounts(counts: GraphCounts): string {
  const labels = Object.entries(counts.byLabel)
    .map(([label, n]) => `${label} ${n}`)
    .join(", ");
  return `${counts.nodes} nodes (${labels}), ${counts.relationships} relationships`;
}

/** Whether the database holds no entities yet (then `npm start` seeds it). */
export async function isEmpty(graph: Graph): Promise<boolean> {
  const [row] = await graph.read<{ n: number }>("MATCH (n:Entity) RETURN count(n) AS n");
  return (row?.n ?? 0) === 0;
}
