import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestGraph, execute, resetAndSeed } from "../support/graph.js";

/** Regulations through the API on the seed graph: instruments, and regulations that cite or implement others. */
describe("regulations", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  const regulation = async (id: string) => {
    const result = await execute(
      graph,
      `{ entity(id: "${id}") { ... on Regulation {
        instrument number year issuedOn inForceFrom
        cites { id } citedBy { id } implements { id } implementedBy { id }
      } } }`,
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return (result.data as Record<string, any>).entity;
  };

  it("gives a policy's citations of the regulations it follows", async () => {
    expect(await regulation("regulation:kebijakan-hilirisasi")).toEqual({
      instrument: "POLICY",
      number: null,
      year: null,
      issuedOn: null,
      inForceFrom: null,
      cites: [{ id: "regulation:uu-3-2020-peraturan-turunan" }, { id: "regulation:uu-3-2020-minerba" }],
      citedBy: [],
      implements: [],
      implementedBy: [],
    });
  });

  it("gives a law's citers, regulations and others, and what implements it", async () => {
    const law = await regulation("regulation:uu-3-2020-minerba");
    expect(law).toMatchObject({ instrument: "UU", number: "3", year: 2020, cites: [], implements: [] });
    expect(law.citedBy.map((e: { id: string }) => e.id)).toContain("regulation:kebijakan-hilirisasi");
    expect(law.citedBy.map((e: { id: string }) => e.id)).toContain("person:eko-sa-cahyanto");
    // Kemenperin's citation is inferred (from its press release): not a plain fact.
    expect(law.citedBy.map((e: { id: string }) => e.id)).not.toContain("org:kemenperin");
    expect(law.implementedBy).toEqual([{ id: "regulation:uu-3-2020-peraturan-turunan" }]);
  });

  it("gives a circular's and a permit regime's instruments", async () => {
    expect((await regulation("regulation:se-menperin-3-2021")).instrument).toBe("SE");
    expect((await regulation("regulation:iomki")).instrument).toBe("PERMIT");
  });
});
