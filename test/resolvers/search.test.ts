import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TERMS } from "../../src/lexicon/terms.js";
import { connectTestGraph, execute, resetAndSeed } from "../support/graph.js";

interface Hit {
  match: string;
  entity: { id: string; kind: string };
}

/** Search as a researcher types it: any word, both languages, typos, facets; on the seed graph. */
describe("search on the seed graph", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  const search = async (q: string, first = 10, extra = "") => {
    const result = await execute(
      graph,
      `query ($q: String!, $first: Int!) { search(query: $q, first: $first${extra}) {
         totalCount suggestion facets { kind count } sourceFacets { source { id } count }
         edges { node { match score entity { id kind } } } } }`,
      { q, first },
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const data = (result.data as { search: Record<string, any> }).search;
    const hits: Hit[] = data.edges.map((e: { node: Hit }) => e.node);
    return {
      hits,
      totalCount: data.totalCount as number,
      suggestion: data.suggestion as string | null,
      facets: data.facets as { kind: string; count: number }[],
      sourceFacets: data.sourceFacets as { source: { id: string }; count: number }[],
    };
  };
  const ids = (hits: Hit[]) => hits.map((h) => h.entity.id);
  const ORDER = ["EXACT", "PHRASE", "ALL_WORDS", "SOME_WORDS", "FUZZY"];

  it("ranks the phrase above all words above some words, whatever the scores", async () => {
    for (const q of [
      "kerja sama nikel",
      "nickel smelter",
      "hilirisasi nikel",
      "Direktur Jenderal",
      "ekspor baja",
    ]) {
      const { hits } = await search(q, 50);
      expect(hits.length, q).toBeGreaterThan(0);
      const ranks = hits.map((h) => ORDER.indexOf(h.match));
      expect(ranks, q).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it("returns relevant entities first for multi-word queries in either language", async () => {
    const top = async (q: string, n = 3) => ids((await search(q, n)).hits);
    // Cooperation and nickel: the Kemenperin–UNIDO cooperation on nickel downstreaming, matching both.
    const kerjaSama = await search("kerja sama nikel", 3);
    expect(kerjaSama.hits[0]).toMatchObject({
      match: "ALL_WORDS",
      entity: { id: "agreement:kemenperin-unido-cooperation-2025" },
    });
    expect(await top("hilirisasi nikel")).toEqual([
      "topic:downstreaming",
      "commodity:nickel",
      "agreement:kemenperin-unido-cooperation-2025",
    ]);
    expect(await top("nickel smelter", 5)).toEqual(
      expect.arrayContaining(["facility:inalum-smelter-batubara", "commodity:nickel"]),
    );
    // Titles: the directorates general by name (PHRASE), and their Directors General.
    const dg = await search("Direktur Jenderal", 10);
    expect(dg.hits.every((h) => h.match === "PHRASE")).toBe(true);
    expect(ids(dg.hits)).toEqual(expect.arrayContaining(["org:ilmate", "person:taufiek-bawazier"]));
    // "perguruan tinggi" = universities: UNIDO's capacity-building proposal with universities.
    expect((await top("perguruan tinggi", 1))[0]).toBe("agreement:unido-capacity-building-proposal-2025");
  });

  it("puts an acronym or exact name first", async () => {
    for (const [q, id] of [
      ["UNIDO", "org:unido"],
      ["Kemenperin", "org:kemenperin"],
      ["inalum", "org:inalum"],
    ] as const) {
      const { hits } = await search(q, 1);
      expect(hits[0], q).toMatchObject({ match: "EXACT", entity: { id } });
    }
  });

  it("finds the Kemenperin–UNIDO cooperation by 'nikel' and by 'nickel', though it is described in English", async () => {
    for (const q of ["nikel", "nickel", "kerja sama UNIDO", "cooperation UNIDO"]) {
      expect(ids((await search(q, 10)).hits), q).toContain("agreement:kemenperin-unido-cooperation-2025");
    }
  });

  it("gives the same entities for the Indonesian and the English name of every commodity and topic", async () => {
    let found = 0;
    for (const term of TERMS) {
      if (term.category !== "commodity" && term.category !== "topic") continue;
      const [indonesian] = term.id;
      if (!indonesian) continue;
      const inId = ids((await search(indonesian, 100)).hits).sort();
      const inEn = ids((await search(term.en, 100)).hits).sort();
      expect(inId, `${indonesian} / ${term.en}`).toEqual(inEn);
      if (inId.length > 0) found++;
    }
    // The check compares something: most of the seed's commodities and topics are found.
    expect(found).toBeGreaterThan(20);
  });

  it("corrects typos when the exact passes find few, and suggests the name meant", async () => {
    const kemenprin = await search("Kemenprin", 3);
    expect(kemenprin.suggestion).toBe("Kemenperin");
    expect(kemenprin.hits[0]).toMatchObject({ match: "FUZZY", entity: { id: "org:kemenperin" } });
    const inalun = await search("Inalun", 3);
    expect(inalun.suggestion).toBe("INALUM");
    expect(inalun.hits[0]?.entity.id).toBe("org:inalum");
    // Spelled right: no fuzzy hits, no suggestion; a word the lexicon knows is not "corrected".
    for (const q of ["Kemenperin", "nikel"]) {
      const exact = await search(q, 100);
      expect(exact.suggestion, q).toBeNull();
      expect(
        exact.hits.some((h) => h.match === "FUZZY"),
        q,
      ).toBe(false);
    }
    // Nothing near: an empty answer, no suggestion.
    const nothing = await search("Zyxwvutsr", 3);
    expect(nothing).toMatchObject({ totalCount: 0, suggestion: null, facets: [] });
  });

  it("counts the hits per kind and per source, beside the filtered page", async () => {
    const all = await search("UNIDO", 100);
    const byKind = Object.fromEntries(
      all.facets.map((f: { kind: string; count: number }) => [f.kind, f.count]),
    );
    const counted: Record<string, number> = {};
    for (const h of all.hits) counted[h.entity.kind] = (counted[h.entity.kind] ?? 0) + 1;
    expect(byKind).toEqual(counted);
    expect(all.sourceFacets[0]).toMatchObject({
      source: { id: "source:petrominer-2025-03-11-kemenperin-unido-green-industry-nickel" },
    });
    // With a kinds filter, the facets still count every kind, so a client can widen again.
    const agreements = await search("UNIDO", 100, ", kinds: [Agreement]");
    expect(agreements.totalCount).toBe(byKind.Agreement);
    expect(agreements.facets).toEqual(all.facets);
  });

  it("searches the quotes: each with its source, offsets and the facts it supports, in both languages", async () => {
    const result = await execute(
      graph,
      `{ evidenceSearch(query: "smelter", first: 100) { totalCount edges { node {
           match quote start end source { id text } supports { id } } } } }`,
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const found = (result.data as { evidenceSearch: any }).evidenceSearch;
    const hits = found.edges.map((e: { node: unknown }) => e.node) as {
      quote: string;
      start: number;
      end: number;
      source: { id: string; text: string };
      supports: { id: string }[];
    }[];
    expect(hits.length).toBeGreaterThan(2);
    for (const hit of hits) {
      expect(hit.source.text.slice(hit.start, hit.end)).toBe(hit.quote);
      expect(hit.supports.length).toBeGreaterThan(0);
    }
    // "smelter" in the quote, and its Indonesian form "pabrik peleburan" too.
    expect(hits.some((h) => /smelter/i.test(h.quote))).toBe(true);
    const peleburan = hits.filter((h) => /pabrik peleburan/i.test(h.quote) && !/smelter/i.test(h.quote));
    expect(peleburan.flatMap((h) => h.supports.map((s) => s.id))).toContain(
      "org:inalum-[OPERATES]->facility:inalum-smelter-batubara",
    );
  });

  it("stays within Lucene's clause limit at the most words, each a term with many forms, or a typo", async () => {
    // "pembangkit" has 14 forms, the lexicon's most; 12 words is LIMITS.searchWords.
    for (const q of [
      "pembangkit ".repeat(12),
      "kementrian perindustrin kemenprin inalun smeltr hilirisai downstreming coperation direktor jendral indstri asahn",
    ]) {
      const result = await execute(graph, `query ($q: String!) { search(query: $q) { totalCount } }`, { q });
      expect(result.errors, q).toBeUndefined();
    }
  });
});
