import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestGraph, dataOf, resetAndSeed } from "../support/graph.js";

/** Facilities through the API on the seed graph: status, technology, owners, builders and operators. */
describe("facilities", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  const query = (text: string) => dataOf(graph, text);
  const facility = async (id: string, args = "") =>
    (
      await query(`{
        entity(id: "${id}") {
          ... on Facility {
            status technology
            owners${args} { id } builders${args} { id } operators${args} { id }
          }
        }
      }`)
    ).entity;

  it("gives a facility's status, owner and operator as the text states them", async () => {
    expect(await facility("facility:inalum-power-plant-toba")).toEqual({
      status: "OPERATING",
      technology: null,
      owners: [{ id: "org:inalum" }],
      builders: [],
      operators: [{ id: "org:inalum" }],
    });
    expect(await facility("facility:inalum-smelter-batubara")).toMatchObject({
      status: "OPERATING",
      owners: [],
      operators: [{ id: "org:inalum" }],
    });
  });

  it("gives the builders a sentence names, even as a group, and no status it does not state", async () => {
    expect(await facility("facility:smelters-built-by-chinese-companies")).toEqual({
      status: null,
      technology: null,
      owners: [],
      builders: [{ id: "org:chinese-smelter-builders" }],
      operators: [],
    });
  });

  it("leaves the status null where no source states it", async () => {
    expect((await facility("facility:mm2100")).status).toBeNull();
  });

  it("gives inferred ties only when asked for", async () => {
    // The AM/NS plant's operator is inferred (the plant is not named in the text).
    expect((await facility("facility:amns-indonesia-plant-mm2100")).operators).toEqual([]);
    expect(
      (await facility("facility:amns-indonesia-plant-mm2100", "(includeInferred: true)")).operators,
    ).toEqual([{ id: "org:amns-indonesia" }]);
  });

  it("filters relationships by the new types", async () => {
    const data = await query(`{
      entity(id: "org:inalum") {
        relationships(types: [OWNS, BUILDS], direction: OUTGOING) {
          edges { node { type to { id } evidence { quote } } }
        }
      }
    }`);
    expect(data.entity.relationships.edges.map((e: any) => e.node)).toEqual([
      {
        type: "OWNS",
        to: { id: "facility:inalum-power-plant-toba" },
        evidence: [{ quote: "di pembangkit listrik milik Inalum di Kabupaten Toba" }],
      },
    ]);
  });
});
