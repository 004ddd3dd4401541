import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entitiesByIds } from "../../src/graph/entities.js";
import { evidenceByAbout } from "../../src/graph/evidence.js";
import { createLoaders } from "../../src/graph/loaders.js";
import { relationshipsByIds, relationshipsOf } from "../../src/graph/relationships.js";
import { connectTestGraph, resetAndSeed } from "../support/graph.js";

/** Batch functions answer in key order, whatever the order, repetition or existence of the keys. */
describe("batch functions", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  it("entitiesByIds keeps key order, repeats and gaps", async () => {
    const rows = await entitiesByIds(graph, ["org:unido", "org:nope", "org:inalum", "org:unido"]);
    expect(rows.map((r) => r?.id ?? null)).toEqual(["org:unido", null, "org:inalum", "org:unido"]);
  });

  it("relationshipsOf answers each key, even a repeated or unknown one", async () => {
    const keys = [
      { id: "org:ilmate", types: ["UNIT_OF" as const], direction: "OUTGOING" as const },
      { id: "org:nope", types: null, direction: "BOTH" as const },
      { id: "org:kemenperin", types: ["UNIT_OF" as const], direction: "INCOMING" as const },
      { id: "org:ilmate", types: ["UNIT_OF" as const], direction: "OUTGOING" as const },
    ];
    const rows = await relationshipsOf(graph, keys);
    expect(rows.map((r) => r.relationships.map((x) => x.id))).toEqual([
      ["org:ilmate-[UNIT_OF]->org:kemenperin"],
      [],
      [
        "org:ilmate-[UNIT_OF]->org:kemenperin",
        "org:kemenperin-secretariat-general-[UNIT_OF]->org:kemenperin",
        "org:kpaii-[UNIT_OF]->org:kemenperin",
      ],
      ["org:ilmate-[UNIT_OF]->org:kemenperin"],
    ]);
  });

  it("relationshipsByIds and evidenceByAbout keep key order", async () => {
    const ids = ["org:kpaii-[UNIT_OF]->org:kemenperin", "not-an-id", "org:ilmate-[UNIT_OF]->org:kemenperin"];
    expect((await relationshipsByIds(graph, ids)).map((r) => r?.id ?? null)).toEqual([ids[0], null, ids[2]]);
    const evidence = await evidenceByAbout(graph, ["org:kpaii", "org:nope", "org:ilmate"]);
    expect(evidence.map((list) => new Set(list.map((e) => e.about)))).toEqual([
      new Set(["org:kpaii"]),
      new Set(),
      new Set(["org:ilmate"]),
    ]);
  });

  it("one query serves every load of a tick", async () => {
    const request = graph.forRequest();
    const loaders = createLoaders(request);
    await Promise.all(
      ["org:unido", "org:inalum", "person:setia-diarta"].map((id) => loaders.entity.load(id)),
    );
    await Promise.all(["org:unido", "org:inalum"].map((id) => loaders.evidence.load(id)));
    expect(request.counter.count).toBe(2);
  });
});
