import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countGraph, writeSeedGraph } from "../../src/graph/write.js";
import { projectRoot } from "../../src/project.js";
import { compileSeedDir, SeedError } from "../../src/seed/compile.js";
import { loadSeed } from "../../src/seed/load.js";
import { connectTestGraph, resetAndSeed } from "../support/graph.js";

const seedDir = path.join(projectRoot, "seed");

/** JSON with every object's keys sorted, so equal content gives equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

describe("loading the seed into Neo4j", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  /** Every node's and relationship's labels and properties, in a canonical order. */
  const dump = async () =>
    (
      await graph.read<{ line: string }>(
        `CALL () {
           MATCH (n) RETURN labels(n) AS kind, properties(n) AS props
           UNION ALL
           MATCH ()-[r]->() RETURN [type(r)] AS kind, properties(r) AS props
         }
         RETURN kind, props`,
      )
    )
      .map((row) => canonical(row))
      .sort();

  it("is idempotent: a second load leaves an identical graph", async () => {
    const before = await countGraph(graph);
    const content = await dump();
    await loadSeed(graph, seedDir, () => undefined);
    expect(await countGraph(graph)).toEqual(before);
    expect(await dump()).toEqual(content);
    const seed = compileSeedDir(seedDir);
    expect(before.byLabel).toMatchObject({
      Entity: seed.entities.length,
      Source: seed.sources.length,
      Evidence: seed.evidence.length,
    });
  });

  it("refuses a malformed seed file with a precise error and loads nothing of the folder", async () => {
    const before = await countGraph(graph);
    const broken = mkdtempSync(path.join(tmpdir(), "seed-"));
    try {
      cpSync(seedDir, broken, { recursive: true });
      await graph.write("MATCH (n) DETACH DELETE n");
      writeFileSync(
        path.join(broken, "data", "zz-broken.yaml"),
        "source:\n  id: source:broken\n  textFile: missing.txt\n  original: x.txt\n  publisher: X\n  title: X\n  language: xx\n",
      );
      const error: unknown = await loadSeed(graph, broken, () => undefined).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedError);
      // Both of the file's problems, in the order of its lines.
      expect((error as SeedError).problems).toEqual([
        {
          file: "zz-broken.yaml",
          at: "source.textFile (line 3)",
          message: "no source text seed/sources/missing.txt",
        },
        {
          file: "zz-broken.yaml",
          at: "source.language (line 7)",
          message: expect.stringMatching(/"id"\|"en"|id.*en/),
        },
      ]);
      expect((await countGraph(graph)).nodes).toBe(0);
    } finally {
      rmSync(broken, { recursive: true, force: true });
      await loadSeed(graph, seedDir, () => undefined);
    }
    expect(await countGraph(graph)).toEqual(before);
  });

  it("replaces the graph (--reset) in the same transaction, or leaves it as it was", async () => {
    const before = await countGraph(graph);
    await graph.write(
      "CREATE (:Entity:Topic {id: 'topic:stale', kind: 'Topic', name: 'Stale', aliases: []})",
    );
    const seed = compileSeedDir(seedDir);
    const poisoned = {
      ...seed,
      sources: [{ ...seed.sources[0]!, publisher: { nested: true } as unknown as string }],
    };
    await expect(writeSeedGraph(graph, poisoned, () => undefined, { replace: true })).rejects.toThrow();
    expect((await countGraph(graph)).nodes).toBe(before.nodes + 1);

    await loadSeed(graph, seedDir, () => undefined, { replace: true });
    expect(await countGraph(graph)).toEqual(before);
  });

  it("writes in one transaction: a failure in the middle leaves nothing of it", async () => {
    const before = await countGraph(graph);
    const seed = compileSeedDir(seedDir);
    const poisoned = {
      ...seed,
      entities: seed.entities.map((e) => ({ ...e, id: `${e.id}-copy` })),
      // Neo4j refuses a map as a property value: this fails after sources and earlier entities were written.
      relationships: [
        {
          ...seed.relationships[0]!,
          id: "poison",
          from: "org:inalum",
          to: "org:mind-id",
          role: { nested: true } as unknown as string,
        },
      ],
    };
    await expect(writeSeedGraph(graph, poisoned, () => undefined)).rejects.toThrow();
    expect(await countGraph(graph)).toEqual(before);
    const [copies] = await graph.read<{ n: number }>(
      "MATCH (n:Entity) WHERE n.id ENDS WITH '-copy' RETURN count(n) AS n",
    );
    expect(copies?.n).toBe(0);
  });
});
