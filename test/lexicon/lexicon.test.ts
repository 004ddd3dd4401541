import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { equivalents, findTerms, lookupTerm, normalizeTerm, termForms } from "../../src/lexicon/lexicon.js";
import { TERMS } from "../../src/lexicon/terms.js";
import { COMMODITY_CATEGORIES, FACILITY_TYPES, ORGANIZATION_TYPES } from "../../src/model/format.js";

describe("equivalents", () => {
  // Forms that differ only in case count once: the result has each form once, in its first spelling.
  const lower = (word: string) => equivalents(word).map((f) => f.toLowerCase());

  it("gives the forms of the other language, in any case", () => {
    expect(lower("nikel")).toEqual(["nickel"]);
    expect(lower("Nickel")).toEqual(["nikel"]);
    expect(lower("baja")).toEqual(expect.arrayContaining(["steel", "steel industry"]));
    expect(lower("hilirisasi")).toContain("downstreaming");
    expect(lower("kerja sama")).toContain("cooperation");
    expect(lower("Direktur Jenderal")).toContain("director general");
    expect(lower("nota kesepahaman")).toEqual(expect.arrayContaining(["mou", "memorandum of understanding"]));
  });

  it("leaves out the word itself and knows nothing of words outside the lexicon", () => {
    expect(equivalents("nikel").map(normalizeTerm)).not.toContain("nikel");
    expect(equivalents("kucing")).toEqual([]);
  });

  it("treats hyphens and spaces alike", () => {
    expect(equivalents("cold rolled coil")).toContain("CRC");
    expect(lookupTerm("cold-rolled coil")[0]?.key).toBe("commodity:crc");
  });
});

describe("findTerms", () => {
  it("prefers the longest form where forms overlap", () => {
    const found = findTerms(
      "UNIDO mengusulkan kolaborasi dalam daur ulang baterai lithium dari kendaraan listrik.",
    );
    expect(found.map((m) => [m.text, m.value.key])).toEqual([
      ["kolaborasi", "instrument:cooperation"],
      ["daur ulang baterai lithium", "topic:battery-recycling"],
      ["kendaraan listrik", "topic:electric-vehicles"],
    ]);
  });

  it("matches acronyms letter for letter and other forms in any case", () => {
    const text = "Ekspor CRC dan baja lapis naik; Nikel dan NIKEL juga, tetapi crc bukan singkatan.";
    expect(findTerms(text, { categories: ["commodity"] }).map((m) => m.text)).toEqual([
      "CRC",
      "baja lapis",
      "Nikel",
      "NIKEL",
    ]);
  });

  it("finds titles only capitalised when asked to", () => {
    const text = "kata menteri itu; Menteri Perindustrian dan Direktur Jenderal ILMATE hadir";
    const titles = findTerms(text, { categories: ["title"], caseRule: "capitalised" });
    expect(titles.map((m) => m.text)).toEqual(["Menteri", "Direktur Jenderal"]);
  });

  it("finds intermediate products with the commodity they are a form of", () => {
    const [ferronickel, matte] = findTerms("produksi feronikel dan nikel matte", {
      categories: ["commodity"],
    });
    expect(ferronickel?.value).toMatchObject({ key: "commodity:ferronickel", formOf: "commodity:nickel" });
    expect(matte?.value).toMatchObject({ key: "commodity:nickel-matte", formOf: "commodity:nickel" });
  });
});

describe("the lexicon's data", () => {
  it("has unique keys, categories from the seed format, and no form shared by two terms of one category", () => {
    const keys = TERMS.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    const byForm = new Map<string, string>();
    for (const term of TERMS) {
      if (term.category === "commodity") expect(COMMODITY_CATEGORIES).toContain(term.commodityCategory);
      if (term.category === "facility") expect(FACILITY_TYPES).toContain(term.facilityType);
      if (term.category === "title" && term.unit) expect(ORGANIZATION_TYPES).toContain(term.unit.type);
      for (const form of termForms(term)) {
        const key = `${term.category}/${normalizeTerm(form)}`;
        expect(byForm.get(key) ?? term.key, `"${form}" is a form of two terms`).toBe(term.key);
        byForm.set(key, term.key);
      }
    }
  });

  it("names every commodity and topic the seed files have with the seed's own id and category", () => {
    const dir = new URL("../../seed/data/", import.meta.url);
    for (const file of readdirSync(dir)) {
      const seed = parse(readFileSync(new URL(file, dir), "utf8")) as {
        entities: { kind: string; id: string; name: string; category?: string }[];
      };
      for (const e of seed.entities.filter((e) => e.kind === "Commodity" || e.kind === "Topic")) {
        const term = TERMS.find((t) => t.key === e.id);
        if (e.kind === "Topic" && term === undefined) continue; // article-specific topics stay in the seed
        expect(term, `${e.id} (${file})`).toBeDefined();
        if (term?.category === "commodity") expect(term.commodityCategory, e.id).toBe(e.category);
      }
    }
  });

  it("gives every commodity and topic both an Indonesian and an English form", () => {
    for (const term of TERMS.filter((t) => t.category === "commodity" || t.category === "topic")) {
      expect(term.id.length, term.key).toBeGreaterThan(0);
      expect(termForms(term).length, term.key).toBeGreaterThan(1);
    }
  });
});
