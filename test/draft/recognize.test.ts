import { describe, expect, it } from "vitest";
import { recognize, type Recognition } from "../../src/draft/recognize.js";
import type { KnownEntity } from "../../src/draft/types.js";

const KNOWN: KnownEntity[] = [
  { id: "org:kemenperin", kind: "Organization", name: "Kementerian Perindustrian", aliases: ["Kemenperin"] },
  {
    id: "org:ilmate",
    kind: "Organization",
    name: "Direktorat Jenderal Industri Logam, Mesin, Alat Transportasi, dan Elektronika",
    aliases: ["ILMATE", "Ditjen ILMATE"],
  },
  {
    id: "org:inalum",
    kind: "Organization",
    name: "PT Indonesia Asahan Aluminium (Persero)",
    aliases: ["INALUM", "Inalum"],
  },
  { id: "person:taufiek-bawazier", kind: "Person", name: "Taufiek Bawazier", aliases: ["Taufiek"] },
  { id: "person:tri-supondy", kind: "Person", name: "Tri Supondy", aliases: ["Tri"] },
  { id: "commodity:nickel", kind: "Commodity", name: "Nickel", aliases: ["nikel", "nickel"] },
  { id: "place:medan", kind: "Place", name: "Medan", aliases: ["Kota Medan"] },
];

function run(text: string, known: KnownEntity[] = KNOWN, publishedOn?: string): Recognition {
  return recognize({ text, sentences: [], ...(publishedOn ? { publishedOn } : {}) }, { known });
}

const quote = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

function entities(r: Recognition) {
  return r.proposals.flatMap((p) => (p.type === "entity" ? [p] : []));
}

function entity(r: Recognition, id: string) {
  return entities(r).find((p) => (p.existingId ?? p.entity.id) === id);
}

function positions(r: Recognition) {
  return r.proposals.flatMap((p) =>
    p.type === "relationship" && p.relationship.type === "HOLDS_POSITION" ? [p.relationship] : [],
  );
}

describe("known entities", () => {
  it("resolve by name and alias to their ids, acronyms letter for letter, others in any case", () => {
    const text =
      "Kemenperin dan Inalum membahas hilirisasi NIKEL; INALUM hadir, tetapi inalum tidak ditulis begitu.";
    const r = run(text);
    expect(entity(r, "org:kemenperin")?.existingId).toBe("org:kemenperin");
    expect(entity(r, "commodity:nickel")?.existingId).toBe("commodity:nickel");
    const inalum = r.mentions.filter((m) => m.id === "org:inalum").map((m) => quote(text, m.span));
    expect(inalum).toEqual(["Inalum", "INALUM"]);
  });

  it("prefer the longest name", () => {
    const text =
      "Direktorat Jenderal Industri Logam, Mesin, Alat Transportasi, dan Elektronika menggelar rapat.";
    const r = run(text);
    expect(r.mentions.map((m) => [m.id, quote(text, m.span)])).toContainEqual([
      "org:ilmate",
      text.slice(0, text.indexOf(" menggelar")),
    ]);
  });

  it("take a person's one-word alias only where the article names the person in full", () => {
    expect(entity(run("Tri mengatakan ekspor naik."), "person:tri-supondy")).toBeUndefined();
    const r = run("Tri Supondy hadir di Medan. Menurut Tri, ekspor naik.");
    expect(r.mentions.filter((m) => m.id === "person:tri-supondy")).toHaveLength(2);
  });

  it("match proper nouns only where the text capitalises them", () => {
    expect(entity(run("Pasukan bergerak di medan yang berat."), "place:medan")).toBeUndefined();
  });
});

describe("new organizations", () => {
  it.each([
    ["PT Vale Indonesia Tbk menambah produksi.", "PT Vale Indonesia Tbk", "COMPANY", "org:vale-indonesia"],
    [
      "PT Aneka Tambang (Persero) Tbk mencatat laba.",
      "PT Aneka Tambang (Persero) Tbk",
      "STATE_OWNED_ENTERPRISE",
      "org:aneka-tambang",
    ],
    [
      "Kementerian Energi dan Sumber Daya Mineral (ESDM) menerbitkan aturan.",
      "Kementerian Energi dan Sumber Daya Mineral",
      "MINISTRY",
      "org:esdm",
    ],
    [
      "Badan Pusat Statistik mencatat inflasi.",
      "Badan Pusat Statistik",
      "GOVERNMENT",
      "org:badan-pusat-statistik",
    ],
    [
      "Pemerintah Kabupaten Morowali menyambut investor.",
      "Pemerintah Kabupaten Morowali",
      "GOVERNMENT",
      "org:pemerintah-kabupaten-morowali",
    ],
    [
      "Universitas Gadjah Mada meneliti baterai.",
      "Universitas Gadjah Mada",
      "UNIVERSITY",
      "org:universitas-gadjah-mada",
    ],
    [
      "Tsingshan Holding Group Co., Ltd membangun smelter.",
      "Tsingshan Holding Group Co., Ltd",
      "HOLDING",
      "org:tsingshan-holding-group-co-ltd",
    ],
    [
      "Kelompok Tani Maju Jaya menerima bantuan.",
      "Kelompok Tani Maju Jaya",
      "COMMUNITY_GROUP",
      "org:kelompok-tani-maju-jaya",
    ],
  ])("%s", (text, name, type, id) => {
    const org = entities(run(text, [])).find((p) => p.entity.kind === "Organization");
    expect(org?.entity).toMatchObject({ name, type, id });
    expect(org?.rule).toMatch(/^org\./);
  });

  it("take an acronym given in brackets or after 'atau' as an alias, and find it again alone", () => {
    const text =
      "International Energy Agency (IEA) memperkirakan permintaan naik. PT Timah (Persero) atau TINS juga hadir. Menurut IEA, harga turun.";
    const r = run(text, []);
    const iea = entity(r, "org:iea");
    expect(iea?.entity).toMatchObject({
      name: "International Energy Agency",
      type: "INTERNATIONAL_ORGANIZATION",
    });
    expect(iea?.entity.aliases).toContain("IEA");
    expect(quote(text, iea!.span)).toBe("International Energy Agency (IEA)");
    expect(r.mentions.filter((m) => m.id === "org:iea")).toHaveLength(2);
    expect(entity(r, "org:tins")?.entity.aliases).toContain("TINS");
  });

  it("say which country a foreign body belongs to", () => {
    const r = run("Kunjungan Wakil Menteri Perdagangan Jepang, Kenji Tanaka, ke Jakarta.", []);
    const ministry = entities(r).find((p) => p.entity.kind === "Organization");
    expect(ministry?.entity).toMatchObject({
      name: "Kementerian Perdagangan Jepang",
      type: "FOREIGN_GOVERNMENT_BODY",
      country: "JP",
    });
  });
});

describe("people and positions", () => {
  it("read title, organization and person, reusing known ids, observed on the publication date", () => {
    const text =
      "“Kami siap,” tutur Direktur Jenderal Industri Logam, Mesin, Alat Transportasi, dan Elektronika (ILMATE) Kemenperin Taufiek Bawazier, Senin.";
    const r = run(text, KNOWN, "2021-07-26");
    expect(positions(r)).toEqual([
      {
        type: "HOLDS_POSITION",
        from: "person:taufiek-bawazier",
        to: "org:ilmate",
        title: "Direktur Jenderal",
        titleEn: "Director General",
        observedOn: "2021-07-26",
      },
    ]);
    expect(entities(r).some((p) => p.entity.kind === "Person" && p.existingId === undefined)).toBe(false);
  });

  it("make the unit a title names an organization, a unit of the ministry after it", () => {
    const text = "Direktur Jenderal Industri Agro Kemenperin Putu Juli Ardika membuka acara.";
    const r = run(text);
    const unit = entity(r, "org:direktorat-jenderal-industri-agro");
    expect(unit?.entity).toMatchObject({
      name: "Direktorat Jenderal Industri Agro",
      type: "DIRECTORATE_GENERAL",
    });
    expect(positions(r)[0]).toMatchObject({
      from: "person:putu-juli-ardika",
      to: "org:direktorat-jenderal-industri-agro",
    });
    const unitOf = r.proposals.find((p) => p.type === "relationship" && p.relationship.type === "UNIT_OF");
    expect(unitOf?.type === "relationship" && unitOf.relationship).toMatchObject({
      from: "org:direktorat-jenderal-industri-agro",
      to: "org:kemenperin",
    });
  });

  it("give a ministry's secretary-general the ministry's secretariat", () => {
    const r = run("Hal itu disampaikan Sekretaris Jenderal Kemenperin, Eko SA Cahyanto, di Jakarta.");
    expect(positions(r)[0]).toMatchObject({
      from: "person:eko-sa-cahyanto",
      to: "org:kemenperin-secretariat-general",
      title: "Sekretaris Jenderal",
    });
    expect(entity(r, "org:kemenperin-secretariat-general")?.entity).toMatchObject({
      type: "SECRETARIAT_GENERAL",
    });
  });

  it("read a title after the name", () => {
    const r = run("Budi Santoso, Kepala Dinas Perindustrian Jawa Barat, mengatakan ekspor naik.", []);
    expect(positions(r)[0]).toMatchObject({
      from: "person:budi-santoso",
      to: "org:dinas-perindustrian-jawa-barat",
      title: "Kepala Dinas",
    });
  });

  it("cut a company name read into the person after it back to the name the article uses elsewhere", () => {
    const text =
      "Smelter milik PT Ceria Nugraha Indotama diresmikan. Direktur Utama PT Ceria Nugraha Indotama Derian Sakmiwata mengatakan produksi naik.";
    const r = run(text, []);
    expect(positions(r)).toEqual([
      expect.objectContaining({
        from: "person:derian-sakmiwata",
        to: "org:ceria-nugraha-indotama",
        title: "Direktur Utama",
        titleEn: "President Director",
      }),
    ]);
  });

  it("know a company again by its core name, and a person by the middle name the article uses", () => {
    const text =
      "Kemenperin mendorong PT Krakatau Steel (Persero) Tbk. Direktur Utama Krakatau Steel Muhamad Akbar Djohan hadir. Investasi naik, kata Akbar.";
    const r = run(text, []);
    expect(positions(r)).toEqual([
      expect.objectContaining({
        from: "person:muhamad-akbar-djohan",
        to: "org:krakatau-steel",
        title: "Direktur Utama",
      }),
    ]);
    expect(entity(r, "org:krakatau-steel")?.entity.aliases).toContain("Krakatau Steel");
    const people = entities(r).filter((p) => p.entity.kind === "Person");
    expect(people.map((p) => p.entity.id)).toEqual(["person:muhamad-akbar-djohan"]);
    const akbar = r.mentions.filter((m) => quote(text, m.span) === "Akbar");
    expect(akbar.map((m) => m.id)).toEqual(["person:muhamad-akbar-djohan"]);
  });

  it("take no middle name two people share for either of them", () => {
    const text = "Budi Akbar Santoso dan Rina Akbar Wati hadir. Menurut Akbar, produksi naik.";
    const r = run(text, []);
    const akbar = r.mentions.filter((m) => quote(text, m.span) === "Akbar" && m.span.start > 40);
    expect(akbar.map((m) => m.id)).not.toContain("person:budi-akbar-santoso");
    expect(akbar.map((m) => m.id)).not.toContain("person:rina-akbar-wati");
  });

  it("read no organization into a regulation's name or a country before a company", () => {
    const text =
      "Sesuai Peraturan Pemerintah Nomor 14 Tahun 2015, pabrik dibangun oleh kontraktor asal Jepang, Mitsubishi Materials Corporation.";
    const orgs = entities(run(text, [])).filter((p) => p.entity.kind === "Organization");
    expect(orgs.map((p) => p.entity.name)).toEqual(["Mitsubishi Materials Corporation"]);
  });

  it("take a kind of zone for no facility's name", () => {
    const text = "Pabrik berdiri di Kawasan Ekonomi Khusus (KEK) Gresik dan di Kawasan Industri Jababeka.";
    const facilities = entities(run(text, [])).filter((p) => p.entity.kind === "Facility");
    expect(facilities.map((p) => p.entity.name)).toEqual(["Kawasan Industri Jababeka"]);
  });

  it("give a regent or governor the local government, and an office the region in its name", () => {
    const r = run(
      "Wakil Bupati Kolaka, Muhammad Jayadi, hadir. Kepala Dinas Perindustrian Jawa Barat Rina Wati juga.",
      [],
    );
    expect(positions(r).map((p) => [p.from, p.to])).toEqual([
      ["person:muhammad-jayadi", "org:pemerintah-kabupaten-kolaka"],
      ["person:rina-wati", "org:dinas-perindustrian-jawa-barat"],
    ]);
  });

  it("read a minister's ministry from the title", () => {
    const r = run("Menteri Perindustrian Agus Gumiwang Kartasasmita meresmikan pabrik.");
    expect(positions(r)[0]).toMatchObject({
      from: "person:agus-gumiwang-kartasasmita",
      to: "org:kemenperin",
    });
  });

  it("find speakers beside speech verbs, strip honorifics, and resolve first names", () => {
    const text =
      "“Produksi naik,” kata Bapak Dr. Ahmad Yani. Ahmad menegaskan target tercapai, ujar Siti Rahma.";
    const r = run(text, []);
    const people = entities(r)
      .filter((p) => p.entity.kind === "Person")
      .map((p) => p.entity.name);
    expect(people.sort()).toEqual(["Ahmad Yani", "Siti Rahma"]);
    expect(r.mentions.filter((m) => m.id === "person:ahmad-yani")).toHaveLength(2);
  });

  it("leave degrees after a name out of it", () => {
    const r = run("Budi Santoso, S.T., M.Si., mengatakan bahwa ekspor naik.", []);
    expect(entities(r).map((p) => p.entity.name)).toEqual(["Budi Santoso"]);
  });

  it("take no title, weekday or pronoun for a name", () => {
    const r = run(
      "“Kami siap,” kata Direktur Utama PT Maju Jaya. Ia menegaskan, Senin, bahwa produksi naik.",
      [],
    );
    expect(entities(r).filter((p) => p.entity.kind === "Person")).toEqual([]);
  });
});

describe("places", () => {
  it("find areas of the gazetteer with their official code, and where they lie", () => {
    const text = "Pabrik itu berada di Kawasan MM2100, Cibitung, Bekasi, dan kantornya di Kota Medan.";
    const r = run(text, []);
    const cibitung = entity(r, "place:cibitung-bekasi");
    expect(cibitung?.entity).toMatchObject({ name: "Cibitung", type: "DISTRICT" });
    expect(cibitung?.entity.description).toContain("32.16.07");
    expect(entity(r, "place:kabupaten-bekasi")?.entity).toMatchObject({ type: "REGENCY" });
    expect(entity(r, "place:medan")?.entity.description).toContain("12.71");
    const located = r.proposals.find(
      (p) => p.type === "relationship" && p.relationship.type === "LOCATED_IN",
    );
    expect(located?.type === "relationship" && located.relationship).toMatchObject({
      from: "place:cibitung-bekasi",
      to: "place:kabupaten-bekasi",
    });
  });

  it("settle a bare regency by its full name elsewhere, and write 'Batubara' as 'Batu Bara'", () => {
    const text = "Smelter itu di Kabupaten Batubara. Warga Batubara menyambutnya.";
    const r = run(text, []);
    expect(r.mentions.filter((m) => m.id === "place:kabupaten-batu-bara")).toHaveLength(2);
    expect(entity(r, "commodity:coal")).toBeUndefined();
  });

  it("take a place below the districts only as an area the text places, with no code", () => {
    const text = "Ia berbicara di Kuala Tanjung, Sumatera Utara, Kamis.";
    const area = entity(run(text, []), "place:kuala-tanjung");
    expect(area?.entity).toMatchObject({ type: "AREA", name: "Kuala Tanjung" });
    expect(area?.entity.description).toBeUndefined();
    expect(entity(run("Ia berbicara di Kuala Tanjung kemarin.", []), "place:kuala-tanjung")).toBeUndefined();
  });

  it("find countries by their Indonesian names and acronyms", () => {
    const r = run("Ekspor ke Amerika Serikat dan Tiongkok naik; AS menjadi tujuan utama.", []);
    expect(entity(r, "place:amerika-serikat")?.entity).toMatchObject({ type: "COUNTRY", country: "US" });
    expect(entity(r, "place:china")?.entity).toMatchObject({ country: "CN" });
    expect(r.mentions.filter((m) => m.id === "place:amerika-serikat")).toHaveLength(2);
  });
});

describe("facilities", () => {
  it("take a capitalised facility word with the name after it, and where the text puts it", () => {
    const text =
      "Pabrik itu di Kawasan MM2100, Cibitung, Bekasi; listriknya dari PLTU Suralaya dan pabrik lain.";
    const r = run(text, []);
    expect(entity(r, "facility:mm2100")?.entity).toMatchObject({
      name: "Kawasan MM2100",
      type: "INDUSTRIAL_PARK",
    });
    expect(entity(r, "facility:suralaya")?.entity).toMatchObject({
      name: "PLTU Suralaya",
      type: "POWER_PLANT",
    });
    const located = r.proposals.flatMap((p) =>
      p.type === "relationship" && p.relationship.type === "LOCATED_IN"
        ? [[p.relationship.from, p.relationship.to]]
        : [],
    );
    expect(located).toContainEqual(["facility:mm2100", "place:cibitung-bekasi"]);
    expect(entities(r).filter((p) => p.entity.kind === "Facility")).toHaveLength(2);
  });
});

describe("commodities and topics", () => {
  it("come from the lexicon with the seed's ids, leaving generic terms out", () => {
    const r = run("Ekspor feronikel dan katoda tembaga naik berkat hilirisasi mineral kritis.", []);
    const ids = entities(r).map((p) => p.entity.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "commodity:ferronickel",
        "commodity:copper-cathode",
        "topic:downstreaming",
        "topic:critical-minerals",
      ]),
    );
    expect(ids).not.toContain("topic:exports");
    expect(entity(r, "commodity:ferronickel")?.entity).toMatchObject({ category: "PRODUCT" });
  });
});
