import { describe, expect, it } from "vitest";
import { ancestorsOf, areaByCode, AREAS, describeArea, liesIn } from "../../src/gazetteer/areas.js";
import { COUNTRIES, REGIONS } from "../../src/gazetteer/countries.js";
import { PROVINCE_NAMES } from "../../src/gazetteer/province-names.js";
import { entityId } from "../../src/model/format.js";

describe("the gazetteer", () => {
  it("holds every level with codes that say where each area lies", () => {
    const count = (level: string) => AREAS.filter((a) => a.level === level).length;
    expect(count("PROVINCE")).toBe(38);
    expect(count("REGENCY") + count("CITY")).toBe(514);
    expect(count("DISTRICT")).toBeGreaterThan(7000);
    for (const area of AREAS) {
      if (area.parent) expect(areaByCode(area.parent), area.code).toBeDefined();
    }
  });

  it("gives every area a unique id in the seed format's shape", () => {
    const ids = AREAS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [...ids, ...COUNTRIES.map((c) => c.id), ...REGIONS.map((r) => r.id)]) {
      expect(entityId.safeParse(id).success, id).toBe(true);
    }
  });

  it("names the seed's places as the seed does where it can", () => {
    expect(areaByCode("12")?.id).toBe("place:sumatera-utara");
    expect(areaByCode("12.71")).toMatchObject({ id: "place:medan", level: "CITY", name: "Kota Medan" });
    expect(areaByCode("35.78")?.id).toBe("place:surabaya");
    expect(areaByCode("31")?.id).toBe("place:jakarta");
    expect(areaByCode("32.16")?.id).toBe("place:kabupaten-bekasi");
    expect(areaByCode("32.75")?.id).toBe("place:kota-bekasi");
  });

  it("knows what contains what", () => {
    const cibitung = areaByCode("32.16.07")!;
    expect(cibitung.name).toBe("Cibitung");
    expect(ancestorsOf(cibitung).map((a) => a.name)).toEqual(["Kabupaten Bekasi", "Jawa Barat"]);
    expect(liesIn(cibitung, areaByCode("32")!)).toBe(true);
    expect(liesIn(cibitung, areaByCode("32.75")!)).toBe(false);
    expect(describeArea(cibitung)).toBe(
      "District (kecamatan) in Kabupaten Bekasi, Jawa Barat, Indonesia; official area code 32.16.07 (Kemendagri).",
    );
  });

  it("has the press's names for every province, and ISO codes for countries", () => {
    for (const p of AREAS.filter((a) => a.level === "PROVINCE"))
      expect(PROVINCE_NAMES[p.code], p.name).toBeDefined();
    for (const c of COUNTRIES) expect(c.iso).toMatch(/^[A-Z]{2}$/);
    expect(new Set(COUNTRIES.map((c) => c.iso)).size).toBe(COUNTRIES.length);
  });
});
