import { describe, expect, it } from "vitest";
import { findAmounts } from "../../src/draft/amounts.js";
import { parse } from "yaml";
import { draftArticle, type DraftResult } from "../../src/draft/draft.js";
import { proposalKey, reviewedDraft } from "../../src/draft/review.js";
import { tryCompileSeed } from "../../src/seed/compile.js";
import { findRegulations } from "../../src/draft/regulations.js";
import type {
  EntityProposal,
  KnownEntity,
  RelationshipProposal,
  StatementProposal,
} from "../../src/draft/types.js";

const KNOWN: KnownEntity[] = [
  { id: "org:kemenperin", kind: "Organization", name: "Kementerian Perindustrian", aliases: ["Kemenperin"] },
  {
    id: "org:inalum",
    kind: "Organization",
    name: "PT Indonesia Asahan Aluminium (Persero)",
    aliases: ["INALUM"],
  },
  {
    id: "org:unido",
    kind: "Organization",
    name: "United Nations Industrial Development Organization",
    aliases: ["UNIDO"],
  },
  { id: "person:setia-diarta", kind: "Person", name: "Setia Diarta", aliases: [] },
  { id: "commodity:nickel", kind: "Commodity", name: "Nickel", aliases: ["nikel"] },
];

function draft(body: string, publishedOn = "2025-03-11"): DraftResult {
  return draftArticle(
    {
      text: `Kemenperin Gandeng Mitra Baru untuk Industri\n${body}`,
      metadata: { publisher: "Contoh", publishedOn },
    },
    { known: KNOWN },
  );
}
const entities = (d: DraftResult, kind: string) =>
  d.proposals.filter((p): p is EntityProposal => p.type === "entity" && p.entity.kind === kind);
const relationships = (d: DraftResult, type: string) =>
  d.proposals.filter(
    (p): p is RelationshipProposal => p.type === "relationship" && p.relationship.type === type,
  );

describe("regulations", () => {
  const found = (text: string) =>
    findRegulations(text, []).flatMap((r) =>
      r.entity.kind === "Regulation" ? [[r.entity.number, r.entity.year, r.entity.id]] : [],
    );

  it("read every way the press prints a numbered instrument", () => {
    expect(
      found("sesuai UU No. 3 Tahun 2020 tentang Pertambangan Mineral dan Batubara.")[0]?.slice(0, 2),
    ).toEqual(["3", 2020]);
    expect(found("Undang-Undang Nomor 4 Tahun 2009 tentang Pertambangan.")[0]?.slice(0, 2)).toEqual([
      "4",
      2009,
    ]);
    expect(
      found("Peraturan Pemerintah (PP) Nomor 96 Tahun 2021 tentang Pelaksanaan Kegiatan.")[0]?.slice(0, 2),
    ).toEqual(["96", 2021]);
    expect(found("berdasarkan PP No. 25/2024 yang baru.")[0]?.slice(0, 2)).toEqual(["25", 2024]);
    expect(found("Perpres Nomor 55 Tahun 2019 tentang Percepatan Program.")[0]?.slice(0, 2)).toEqual([
      "55",
      2019,
    ]);
    expect(found("Permenperin Nomor 35 Tahun 2021 tentang Tingkat Komponen.")[0]?.slice(0, 2)).toEqual([
      "35",
      2021,
    ]);
    expect(
      found("Surat Edaran Menteri Perindustrian Nomor 3 Tahun 2021 tentang Operasional.")[0]?.slice(0, 2),
    ).toEqual(["3", 2021]);
  });

  it("give one id to one instrument however it is printed, with its 'tentang' title", () => {
    const text =
      "UU Nomor 3 Tahun 2020 tentang Pertambangan Mineral dan Batubara berlaku. UU No. 3 Tahun 2020 itu penting.";
    const ids = new Set(findRegulations(text, []).map((r) => r.entity.id));
    expect(ids.size).toBe(1);
    expect(findRegulations(text, [])[0]?.entity.name).toContain("tentang Pertambangan Mineral dan Batubara");
  });
});

describe("amounts", () => {
  const amount = (text: string) => findAmounts(text).map((a) => [a.value, a.unit, a.bound ?? null]);

  it("read decimal commas, ribu, juta, miliar and triliun", () => {
    expect(amount("investasi Rp 141 miliar")).toEqual([[141e9, "IDR", null]]);
    expect(amount("senilai Rp 2,5 triliun")).toEqual([[2.5e12, "IDR", null]]);
    expect(amount("sebesar USD 300 juta")).toEqual([[300e6, "USD", null]]);
    expect(amount("produksi 13.000 ton")).toEqual([[13000, "tonnes", null]]);
    expect(amount("kapasitas 250 ribu ton per tahun")[0]?.[0]).toBe(250000);
    expect(amount("menjadi 1 juta ton")).toEqual([[1e6, "tonnes", null]]);
    expect(amount("naik 100 persen")).toEqual([[100, "percent", null]]);
  });

  it("keep a bound printed before the amount", () => {
    expect(amount("lebih dari 90 perusahaan")[0]?.[2]).toBe("at least");
  });
});

describe("figures", () => {
  it("name their subject, period and basis from the words around them", () => {
    const d = draft(
      "INALUM menargetkan produksi aluminium sebesar 1 juta ton pada 2030.\nPada tahun 2023, INALUM memproduksi 250 ribu ton aluminium.",
    );
    const figures = entities(d, "Indicator").map((p) => p.entity);
    expect(figures).toContainEqual(
      expect.objectContaining({ subject: "org:inalum", value: 1e6, period: "2030", basis: "TARGET" }),
    );
    expect(figures).toContainEqual(
      expect.objectContaining({ subject: "org:inalum", value: 250000, period: "2023", basis: "ACTUAL" }),
    );
  });
});

describe("events", () => {
  it("propose a visit with its date, place and participants, and join what refers back to it", () => {
    const d = draft(
      "Kemenperin menerima kunjungan UNIDO di Jakarta, Rabu (5/3).\nDalam pertemuan tersebut, Direktur Jenderal ILMATE Setia Diarta menyoroti industri nikel.",
    );
    const events = entities(d, "Event");
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.rule).toBe("event.visit");
    expect(event.entity).toMatchObject({ startDate: "2025-03-05" });
    const id = event.entity.id;
    const participants = relationships(d, "TOOK_PART_IN")
      .filter((r) => r.relationship.to === id)
      .map((r) => r.relationship.from);
    expect(participants).toEqual(
      expect.arrayContaining(["org:kemenperin", "org:unido", "person:setia-diarta"]),
    );
    const place = relationships(d, "LOCATED_IN").find((r) => r.relationship.from === id);
    expect(place?.relationship.to).toBe("place:jakarta");
    expect(d.yaml).toContain("event.visit");
  });

  it("add who spoke 'dalam kesempatan yang sama' to the event before, but keep a signing there its own", () => {
    const d = draft(
      "INALUM menggelar pertemuan dengan pelanggan di Medan, Kamis (6/3).\nSetia Diarta dalam kesempatan yang sama mengatakan industri tumbuh.\nPada kesempatan yang sama, INALUM dan UNIDO menandatangani kontrak.",
    );
    const events = entities(d, "Event");
    expect(events.map((e) => e.rule)).toEqual(["event.meeting", "event.signing"]);
    const meeting = events[0]?.entity.id;
    const participants = relationships(d, "TOOK_PART_IN")
      .filter((r) => r.relationship.to === meeting)
      .map((r) => r.relationship.from);
    expect(participants).toEqual(["org:inalum", "person:setia-diarta"]);
  });

  it("date an event the sentence does not date by the publication month, as an inference", () => {
    const d = draft("INALUM meresmikan pabrik baru di Kuala Tanjung.", "2025-06-20");
    const [event] = entities(d, "Event");
    expect(event?.rule).toBe("event.inauguration");
    expect(event?.entity).toMatchObject({ startDate: "2025-06" });
    expect(event?.entity.inferred).toMatch(/2025-06-20/);
  });

  it("propose nothing for a trigger without a recognised actor, or an everyday verb without date or place", () => {
    expect(entities(draft("Pertemuan itu berlangsung lama dan hangat."), "Event")).toHaveLength(0);
    expect(entities(draft("Kemenperin terus memantau harga nikel dunia."), "Event")).toHaveLength(0);
  });
});

describe("events in a headline", () => {
  const article = (headline: string, body: string) =>
    draftArticle(
      { text: `${headline}\n\n${body}`, metadata: { publisher: "Contoh", publishedOn: "2025-06-03" } },
      { known: KNOWN },
    );

  it("give way to the body's report of the same event, dated and placed", () => {
    const d = article(
      "Groundbreaking Pabrik Katoda di Gresik, Kemenperin Hadir",
      "Kemenperin menghadiri peletakan batu pertama pabrik katoda di Gresik, Selasa (3/6/2025).",
    );
    const events = entities(d, "Event");
    expect(events.map((e) => e.entity)).toEqual([expect.objectContaining({ startDate: "2025-06-03" })]);
    const ids = new Set(events.map((e) => e.entity.id));
    const ties = d.proposals.filter(
      (p) => p.type === "relationship" && p.relationship.type !== "HOLDS_POSITION",
    );
    for (const t of ties) {
      if (t.type !== "relationship") continue;
      const ends = [t.relationship.from, t.relationship.to].filter((x) => x.startsWith("event:"));
      for (const end of ends) expect(ids).toContain(end);
    }
  });

  it("stand when the body reports no event of their kind", () => {
    const d = article(
      "Kemenperin Hadiri Peletakan Batu Pertama Pabrik Katoda di Gresik",
      "Pabrik itu akan menyerap tenaga kerja lokal.",
    );
    expect(entities(d, "Event")).toHaveLength(1);
  });
});

describe("agreements", () => {
  it("propose an agreement with its parties, status and what it covers", () => {
    const d = draft("Kemenperin dan UNIDO menandatangani nota kesepahaman tentang hilirisasi nikel.");
    const [agreement] = entities(d, "Agreement");
    expect(agreement?.rule).toBe("agreement.mou");
    expect(agreement?.entity).toMatchObject({ kind: "Agreement", status: "SIGNED" });
    const id = agreement?.entity.id;
    const parties = relationships(d, "PARTY_TO")
      .filter((r) => r.relationship.to === id)
      .map((r) => r.relationship.from);
    expect(parties.sort()).toEqual(["org:kemenperin", "org:unido"]);
    expect(relationships(d, "COVERS").map((r) => r.relationship.to)).toContain("commodity:nickel");
  });

  it("read the status from the verbs, and take 'kerja sama ini' as the one before", () => {
    const d = draft(
      "Kemenperin menjajaki kerja sama dengan UNIDO di bidang industri hijau.\nKerja sama ini juga didukung INALUM.",
    );
    const agreements = entities(d, "Agreement");
    expect(agreements).toHaveLength(1);
    expect(agreements[0]?.entity).toMatchObject({ status: "EXPLORED" });
    const parties = relationships(d, "PARTY_TO").map((r) => r.relationship.from);
    expect(parties).toEqual(expect.arrayContaining(["org:kemenperin", "org:unido", "org:inalum"]));
    const proposed = entities(draft("UNIDO mengusulkan kolaborasi dalam daur ulang baterai."), "Agreement");
    expect(proposed[0]?.entity).toMatchObject({ status: "PROPOSED" });
  });

  it("propose none without an organization to be party to it", () => {
    expect(entities(draft("Indonesia membuka peluang kerja sama dengan China."), "Agreement")).toHaveLength(
      0,
    );
  });
});

describe("statements", () => {
  it("attribute direct and reported speech to their speaker, with what they are about", () => {
    const d = draft(
      '"Kami terus mendorong hilirisasi nikel di dalam negeri," kata Direktur Jenderal ILMATE Kemenperin Setia Diarta.\nSetia Diarta menegaskan bahwa industri nikel harus berkelanjutan.',
    );
    const statements = d.proposals.filter((p): p is StatementProposal => p.type === "statement");
    const direct = statements.find((s) => s.form === "direct");
    expect(direct).toMatchObject({ speaker: "person:setia-diarta", verb: "kata" });
    expect(direct?.about).toContain("commodity:nickel");
    const reported = statements.find((s) => s.form === "reported");
    expect(reported).toMatchObject({ speaker: "person:setia-diarta" });
  });

  const SPEECH =
    '"Kami terus mendorong hilirisasi nikel di dalam negeri," kata Direktur Jenderal ILMATE Kemenperin Setia Diarta.\nSetia Diarta menegaskan bahwa industri nikel harus berkelanjutan.';

  it("are written as statements: entries the import takes, each quote at its offsets", () => {
    const d = draft(SPEECH);
    const yaml = parse(d.yaml) as { statements?: Record<string, unknown>[] };
    expect(yaml.statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          speaker: "person:setia-diarta",
          quote: "Kami terus mendorong hilirisasi nikel di dalam negeri",
          about: expect.arrayContaining(["commodity:nickel"]) as unknown,
        }),
        expect.objectContaining({
          speaker: "person:setia-diarta",
          quote: "industri nikel harus berkelanjutan.",
        }),
      ]),
    );
    // The article's own date is left for the import to derive, and marked so.
    expect(yaml.statements?.every((s) => s.date === undefined)).toBe(true);
    const compiled = tryCompileSeed({ "draft.yaml": d.yaml }, () => d.text, { external: true });
    expect(compiled.problems).toEqual([]);
    expect(compiled.statements).toHaveLength(2);
    expect(compiled.statements.every((s) => s.dateDerived && s.date === "2025-03-11")).toBe(true);
    for (const s of compiled.statements) {
      const [quote] = compiled.evidence.filter((e) => e.about === s.id);
      expect(d.text.slice(quote!.start, quote!.end)).toBe(quote!.quote);
    }
  });

  it("can be rejected in a review like any proposal", () => {
    const input = {
      text: `Kemenperin Gandeng Mitra Baru untuk Industri\n${SPEECH}`,
      metadata: { publisher: "Contoh", publishedOn: "2025-03-11" },
    };
    const d = draft(SPEECH);
    const direct = d.proposals.find(
      (p): p is StatementProposal => p.type === "statement" && p.form === "direct",
    );
    expect(direct).toBeDefined();
    const { draft: reviewed, problems } = reviewedDraft(
      input,
      { known: KNOWN },
      {
        rejected: [proposalKey(direct!)],
        edits: [],
      },
    );
    expect(problems).toEqual([]);
    const yaml = parse(reviewed.yaml) as { statements?: { quote: string }[] };
    expect(yaml.statements?.map((s) => s.quote)).toEqual(["industri nikel harus berkelanjutan."]);
  });
});
