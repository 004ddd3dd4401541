import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/api-keys.js";
import { addRelationship, importSource } from "../../src/write/service.js";
import { projectRoot } from "../../src/project.js";
import { connectTestGraph, execute, resetAndSeed } from "../support/graph.js";

const fixture = (name: string) => readFileSync(path.join(projectRoot, "test/fixtures/import", name), "utf8");
const editor: Viewer = { name: "edo", role: "editor" };

/** Writes to a running graph date their ties as the seed load does (src/domain/observation.ts). */
describe("observation dates of written ties", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  const tie = async (id: string) => {
    const result = await execute(
      graph,
      `query ($id: ID!) { node(id: $id) { ... on Relationship { observedOn observedOnBasis lastObservedOn } } }`,
      { id },
    );
    expect(result.errors).toBeUndefined();
    return (result.data as { node: Record<string, string | null> | null }).node;
  };

  it("importSource derives the date of an undated tie and keeps a stated first observation", async () => {
    const yaml = fixture("example-2025-06-02-mou.yaml");
    const text = fixture("example-2025-06-02-mou.txt");
    const result = await importSource(graph, editor, { yaml, text, dryRun: false });
    expect(result.problems).toEqual([]);
    expect(result.applied).toBe(true);
    expect(await tie("agreement:kemenperin-investasi-nickel-mou-2025-[COVERS]->commodity:nickel")).toEqual({
      observedOn: "2025-06-02",
      observedOnBasis: "SOURCE",
      lastObservedOn: "2025-06-02",
    });
    // Stated on 2025-03-05 by the seed, observed again on 2025-06-02 by the import.
    expect(await tie("person:setia-diarta-[HOLDS_POSITION]->org:ilmate")).toEqual({
      observedOn: "2025-03-05",
      observedOnBasis: "STATED",
      lastObservedOn: "2025-06-02",
    });
  });

  it("addRelationship without a date takes its evidence's publication date", async () => {
    const result = await addRelationship(graph, editor, {
      type: "PARTNER_OF",
      from: "org:unido",
      to: "org:inalum",
      evidence: [
        {
          sourceId: "source:antara-2020-12-03-inalum-customer-gathering",
          quote: "INALUM melaksanakan temu ramah dengan pelanggan aluminium",
        },
      ],
    });
    expect(result.problems).toEqual([]);
    expect(result.applied).toBe(true);
    expect(await tie("org:unido-[PARTNER_OF]->org:inalum")).toEqual({
      observedOn: "2020-12-03",
      observedOnBasis: "SOURCE",
      lastObservedOn: "2020-12-03",
    });
  });
});
