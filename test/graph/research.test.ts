import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entitiesByIds } from "../../src/graph/entities.js";
import { positionsHeld, relationshipsOf } from "../../src/graph/relationships.js";
import type { EntityRow, RelationshipRow } from "../../src/graph/rows.js";
import { connectTestGraph, resetAndSeed } from "../support/graph.js";

/**
 * The research questions of the seed, asked through src/graph, each answer checked against the articles
 * (the quoted sentences are in the comments).
 */
describe("research questions on the seed graph", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  const related = async (id: string, type: RelationshipRow["type"], direction: "OUTGOING" | "INCOMING") => {
    const [result] = await relationshipsOf(graph, [{ id, types: [type], direction }]);
    return result!;
  };

  it("Kemenperin's directorates-general and their heads, with the dates they were observed", async () => {
    // "Direktur Jenderal Industri Logam, Mesin, Alat Transportasi, dan Elektronika (ILMATE) Kemenperin Taufiek
    //  Bawazier ... Senin (26/7/2021)"; "Direktur Jenderal ... (KPAII), Tri Supondy ... Rabu (5/3)" [2025].
    const units = await related("org:kemenperin", "UNIT_OF", "INCOMING");
    const dgs = units.others.filter((o) => o.type === "DIRECTORATE_GENERAL");
    expect(dgs[0]?.aliases).toContain(
      "Directorate General of Metal, Machinery, Transportation Equipment and Electronics Industries",
    );
    expect(dgs.map((d) => d.id).sort()).toEqual(["org:ilmate", "org:kpaii"]);

    const heads = await relationshipsOf(
      graph,
      dgs.map((d) => ({ id: d.id, types: ["HOLDS_POSITION"] as const, direction: "INCOMING" as const })),
    );
    const summary = heads.map((h) =>
      h.relationships.map((p) => [p.toId, p.fromId, p.titleEn, p.observedOn]).sort(),
    );
    expect(summary).toEqual([
      [
        ["org:ilmate", "person:setia-diarta", "Director General", "2025-03-05"],
        ["org:ilmate", "person:taufiek-bawazier", "Director General", "2021-07-26"],
      ],
      [["org:kpaii", "person:tri-supondy", "Director General", "2025-03-05"]],
    ]);
  });

  it("the head of ILMATE on 2021-07-26 and on 2025-03-05", async () => {
    const [ilmate] = await relationshipsOf(graph, [
      { id: "org:ilmate", types: ["HOLDS_POSITION"], direction: "INCOMING" },
    ]);
    expect(positionsHeld(ilmate!, "2021-07-26").map((p) => p.fromId)).toEqual(["person:taufiek-bawazier"]);
    expect(positionsHeld(ilmate!, "2025-03-05").map((p) => p.fromId)).toEqual(["person:setia-diarta"]);
    expect(positionsHeld(ilmate!, "2020-01-01")).toEqual([]);
  });

  it("the minerals in the Indonesia–China cooperation", async () => {
    // "enam jenis mineral di Indonesia, yaitu molibdenum, antimon, kromium, kobalt, lithium, dan logam tanah
    //  jarang"; "mengundang industri pengolahan silika dan komponen photovoltaic China".
    const agreements = await related("org:miit-china", "PARTY_TO", "OUTGOING");
    const covered = await relationshipsOf(
      graph,
      agreements.others.map((a) => ({
        id: a.id,
        types: ["COVERS"] as const,
        direction: "OUTGOING" as const,
      })),
    );
    const minerals = new Set(
      covered.flatMap((c) => c.others.filter((o) => o.category === "MINERAL").map((o) => o.name)),
    );
    expect([...minerals].sort()).toEqual([
      "Antimony",
      "Chromium",
      "Cobalt",
      "Lithium",
      "Molybdenum",
      "Rare earth elements",
      "Silica",
    ]);
    const downstreaming = covered[agreements.others.findIndex((a) => a.id.includes("downstreaming"))];
    expect(downstreaming?.others.filter((o) => o.kind === "Commodity")).toHaveLength(6);
  });

  it("the programmes linking Kemenperin and UNIDO", async () => {
    // "mengevaluasi pelaksanaan Indonesia-UNIDO Country Programme (IUCP) 2021-2025 ... seperti Global
    //  Eco-Industrial Parks Programme (GEIPP)".
    const ofKemenperin = await related("org:kemenperin", "PARTY_TO", "OUTGOING");
    const ofUnido = await related("org:unido", "PARTY_TO", "OUTGOING");
    const shared = ofKemenperin.others.filter(
      (p) => p.kind === "Programme" && ofUnido.others.some((u) => u.id === p.id),
    );
    expect(shared.map((p) => p.id)).toEqual(["programme:iucp"]);
    expect(shared[0]).toMatchObject({ startYear: 2021, endYear: 2025 });
    const parts = await related("programme:iucp", "PART_OF", "INCOMING");
    expect(parts.others.map((p) => p.id)).toContain("programme:geipp");
  });

  it("INALUM's current production and its 2030 target", async () => {
    // "meningkatkan produksinya secara bertahap dari 250 ribu ton per tahun menjadi 1 juta ton per tahun di 2030"
    const measures = await related("org:inalum", "MEASURES", "INCOMING");
    const production = (
      await entitiesByIds(
        graph,
        measures.relationships.map((r) => r.fromId),
      )
    )
      .filter((i): i is EntityRow => i?.metric === "aluminium_production")
      .map((i) => [i.basis, i.value, i.unit, i.period]);
    expect(production.sort()).toEqual([
      ["ACTUAL", 250_000, "tonnes per year", "2020"],
      ["TARGET", 1_000_000, "tonnes per year", "2030"],
    ]);
  });
});
