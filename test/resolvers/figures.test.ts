import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestGraph, execute, resetAndSeed } from "../support/graph.js";

/** Figures through the API on the seed graph: the product counted, the bound, the currency and the basis. */
describe("figures", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  const indicator = async (id: string) => {
    const result = await execute(
      graph,
      `{ entity(id: "${id}") { ... on Indicator {
        value unit basis bound currency product { id name category } subject { id }
      } } }`,
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return (result.data as Record<string, any>).entity;
  };

  it("resolves the product a figure counts to its Commodity", async () => {
    expect(await indicator("indicator:inalum-aluminium-production-target-2030")).toEqual({
      value: 1000000,
      unit: "tonnes per year",
      basis: "TARGET",
      bound: null,
      currency: null,
      product: { id: "commodity:aluminium", name: expect.any(String), category: "METAL" },
      subject: { id: "org:inalum" },
    });
  });

  it("keeps the printed bound: 'tidak kurang dari 90' is at least 90", async () => {
    expect(await indicator("indicator:inalum-customer-gathering-2020-attendance")).toMatchObject({
      value: 90,
      bound: "AT_LEAST",
      product: null,
    });
  });

  it("gives a money figure's ISO 4217 code beside its printed unit", async () => {
    expect(await indicator("indicator:inalum-csr-budget-2023")).toMatchObject({
      value: 25000000000,
      unit: "Rp",
      currency: "IDR",
    });
  });
});
