import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { draftArticle, type DraftResult } from "../../src/draft/draft.js";
import { knownFromRows, knownFromSeed } from "../../src/draft/known-entities.js";
import type { KnownEntity } from "../../src/draft/types.js";
import { knownEntityRows } from "../../src/graph/known.js";
import { projectRoot } from "../../src/project.js";
import { locateQuote } from "../../src/model/quotes.js";
import { compileSeed } from "../../src/seed/compile.js";
import { importSource } from "../../src/write/service.js";
import { connectTestGraph, resetAndSeed } from "../support/graph.js";

/**
 * The articles written for the project (test/fixtures/drafts/README.md) drafted against the seeded graph:
 * each draft is accepted by the import's dry run as it stands, reuses the existing actors' ids, and has the
 * proposals a reader of the article would expect. And every seed article, drafted leave-one-out, compiles
 * with the import's compiler with each quote at its exact offset.
 */

const FIXTURES = path.join(projectRoot, "test/fixtures/drafts");
const read = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

/** A few proposals per article, by id or by name, that the rules must make. */
const EXPECTED: Record<string, { ids: string[]; names: RegExp[]; kinds: string[] }> = {
  "kolaka-nikel-smelter.txt": {
    ids: ["org:kemenperin", "org:ilmate", "person:setia-diarta", "commodity:nickel"],
    names: [
      /PT Sultra Nikel Makmur/,
      /Bambang Hartono/,
      /Peraturan Pemerintah Nomor 25 Tahun 2024/,
      /Kolaka/,
    ],
    kinds: ["Event", "Agreement", "Indicator"],
  },
  "inalum-bauksit-mempawah.txt": {
    ids: ["org:inalum", "org:mind-id", "commodity:bauxite", "commodity:aluminium"],
    names: [/PT Borneo Bauksit Lestari/, /Melati Sarnita/, /Yohanes Lubis/, /Mempawah/],
    kinds: ["Agreement", "Indicator"],
  },
  "cilegon-baja-hijau.txt": {
    ids: ["org:kemenperin", "org:ilmate", "person:setia-diarta", "commodity:steel"],
    // Named in full once, then "Baja Pesisir Nusantara": its director, its target and its MoU follow.
    names: [/^PT Baja Pesisir Nusantara \(Persero\) Tbk$/, /^Rahmat Hidayat Siregar$/, /Cilegon/],
    kinds: ["Event", "Agreement", "Indicator"],
  },
  "gresik-katoda-tembaga.txt": {
    ids: ["org:kemenperin", "org:ilmate", "person:setia-diarta", "topic:downstreaming"],
    // A country before a company stays out of its name; the headline's groundbreaking is the lead's.
    names: [/^Hoshino Metals Corporation$/, /^Kenji Morita$/, /Peraturan Pemerintah Nomor 14 Tahun 2015/],
    kinds: ["Event", "Indicator"],
  },
  "morowali-pameran-baterai.txt": {
    ids: ["org:kemenperin", "org:mind-id", "person:eko-sa-cahyanto", "commodity:nickel"],
    names: [/PT Morowali Energi Baterai/, /Liana Wijaya/, /Morowali/, /Nomor 6 Tahun 2025/],
    kinds: ["Event", "Agreement", "Indicator"],
  },
};

interface Declared {
  kind: string;
  id: string;
  name: string;
}

function declared(result: DraftResult): Declared[] {
  return (parse(result.yaml) as { entities?: Declared[] }).entities ?? [];
}

describe("drafts of articles written for the project", () => {
  const graph = connectTestGraph();
  let known: KnownEntity[] = [];
  beforeAll(async () => {
    await resetAndSeed(graph);
    known = knownFromRows(await knownEntityRows(graph));
  });
  afterAll(() => graph.close());

  const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".txt"));

  it("are at least three", () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(EXPECTED).sort()).toEqual(files.sort());
  });

  it.each(files)("%s: the import's dry run accepts the draft without edits", async (file) => {
    const result = draftArticle({ text: read(file), metadata: { publisher: "Contoh Berita" } }, { known });
    const imported = await importSource(
      graph,
      { name: "test", role: "editor" },
      { yaml: result.yaml, text: result.text, dryRun: true },
    );
    expect(imported.problems).toEqual([]);
    expect(imported.value?.changes).toBe(true);
    // No existing actor was created again under a new id.
    const byName = new Map(known.map((k) => [`${k.kind}|${k.name.toLowerCase()}`, k.id]));
    for (const e of declared(result)) {
      const existing = byName.get(`${e.kind}|${e.name.toLowerCase()}`);
      if (existing) expect(e.id).toBe(existing);
    }
    for (const id of imported.value?.createdEntities ?? [])
      expect(known.some((k) => k.id === id)).toBe(false);
  });

  it.each(files)("%s: has the proposals a reader expects", (file) => {
    const result = draftArticle({ text: read(file), metadata: { publisher: "Contoh Berita" } }, { known });
    const expected = EXPECTED[file];
    if (!expected) throw new Error(`no expectations for ${file}`);
    const ids = new Set(
      result.proposals.flatMap((p) => (p.type === "entity" ? [p.existingId ?? p.entity.id] : [])),
    );
    for (const id of expected.ids) expect(ids, id).toContain(id);
    const names = result.proposals.flatMap((p) => (p.type === "entity" ? [p.entity.name] : []));
    for (const name of expected.names)
      expect(
        names.some((n) => name.test(n)),
        String(name),
      ).toBe(true);
    const kinds = new Set(result.proposals.flatMap((p) => (p.type === "entity" ? [p.entity.kind] : [])));
    for (const kind of expected.kinds) expect(kinds, kind).toContain(kind);
  });
});

describe("seed articles drafted leave-one-out", () => {
  const seed = path.join(projectRoot, "seed");
  const data = readdirSync(path.join(seed, "data")).filter((f) => f.endsWith(".yaml"));

  it.each(data)("%s: compiles with the import's compiler, every quote at its exact offset", (file) => {
    const meta = (
      parse(readFileSync(path.join(seed, "data", file), "utf8")) as { source: { original: string } }
    ).source;
    const original = readFileSync(path.join(seed, "originals", meta.original), "utf8");
    const result = draftArticle({ text: original }, { known: knownFromSeed(seed, [file]) });
    const compiled = compileSeed({ "draft.yaml": result.yaml }, () => result.text, { external: true });
    expect(compiled.evidence.length).toBeGreaterThan(10);
    for (const e of compiled.evidence) {
      expect(result.text.slice(e.start, e.end)).toBe(e.quote);
      const located = locateQuote(result.text, e.quote);
      expect(located.ok ? located.value.start : located.problems).toBe(e.start);
    }
  });
});
