import { describe, expect, it } from "vitest";
import { isHeldOn, type PositionSpan } from "../../src/domain/positions.js";

const dg = (personId: string, observedOn: string, extra: Partial<PositionSpan> = {}): PositionSpan => ({
  personId,
  organizationId: "org:ilmate",
  titleKey: "director general",
  observedOn,
  ...extra,
});

describe("isHeldOn", () => {
  const taufiek = dg("person:taufiek-bawazier", "2021-07-26");
  const setia = dg("person:setia-diarta", "2025-03-05");
  const all = [taufiek, setia];

  it("gives the holder observed most recently before the date", () => {
    expect(isHeldOn(taufiek, all, "2021-07-26")).toBe(true);
    expect(isHeldOn(setia, all, "2021-07-26")).toBe(false);
    expect(isHeldOn(taufiek, all, "2025-03-05")).toBe(false);
    expect(isHeldOn(setia, all, "2025-03-05")).toBe(true);
  });

  it("knows nobody before the first observation", () => {
    expect(all.some((p) => isHeldOn(p, all, "2020-01-01"))).toBe(false);
  });

  it("ends a position at a stated until, and starts it at a stated since", () => {
    const stated = dg("person:a", "2022-05-01", { since: "2022-01-01", until: "2022-12-31" });
    expect(isHeldOn(stated, [stated], "2022-02-01")).toBe(true);
    expect(isHeldOn(stated, [stated], "2023-01-01")).toBe(false);
  });

  it("is not superseded by another title or another organization", () => {
    const deputy = { ...dg("person:b", "2023-01-01"), titleKey: "deputy" };
    const elsewhere = { ...dg("person:c", "2023-01-01"), organizationId: "org:kpaii" };
    expect(isHeldOn(taufiek, [taufiek, deputy, elsewhere], "2024-01-01")).toBe(true);
  });

  it("takes a holder seen again after a successor to hold it again", () => {
    const a = dg("person:a", "2020-01-01", { lastObservedOn: "2025-01-01" });
    const b = dg("person:b", "2022-01-01");
    expect(isHeldOn(b, [a, b], "2023-01-01")).toBe(true);
    expect(isHeldOn(a, [a, b], "2023-01-01")).toBe(false);
    expect(isHeldOn(a, [a, b], "2025-06-01")).toBe(true);
    expect(isHeldOn(b, [a, b], "2025-06-01")).toBe(false);
  });

  it("compares dates of different precision by their common part", () => {
    const yearOnly = dg("person:d", "2023");
    expect(isHeldOn(yearOnly, [yearOnly], "2023-06-01")).toBe(true);
    expect(isHeldOn(yearOnly, [yearOnly], "2022-12-31")).toBe(false);
  });
});
