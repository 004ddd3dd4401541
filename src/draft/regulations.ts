import type { EntityDraft, EntityProposal, KnownEntity, Span } from "./types.js";

/**
 * Regulations an article cites, by the way Indonesian law names its instruments: "UU No. 3 Tahun 2020",
 * "Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja", "Peraturan Pemerintah (PP) Nomor 96 Tahun
 * 2021", "PP No. 96/2021", "Perpres", "Permenperin", "Surat Edaran Menteri Perindustrian Nomor 3 Tahun
 * 2021 tentang …"; named permits with their acronym ("Izin Usaha Industri (IUI)"); named national
 * standards; and regulations being drafted ("tengah menyusun regulasi terkait …").
 */

interface Instrument {
  /** Id prefix and short form: "uu", "pp", "permen", "se". */
  code: string;
  short: string;
  long: string;
  /** How the page may print it: long form first, then short forms. */
  pattern: string;
  /** True when the instrument names the minister after it ("Peraturan Menteri Perindustrian"). */
  minister?: boolean;
}

const INSTRUMENTS: Instrument[] = [
  {
    code: "perppu",
    short: "Perppu",
    long: "Peraturan Pemerintah Pengganti Undang-Undang",
    pattern: "Peraturan Pemerintah Pengganti Undang-Undang|Perppu",
  },
  { code: "uu", short: "UU", long: "Undang-Undang", pattern: "Undang-Undang|Undang Undang|UU" },
  { code: "pp", short: "PP", long: "Peraturan Pemerintah", pattern: "Peraturan Pemerintah|PP" },
  { code: "perpres", short: "Perpres", long: "Peraturan Presiden", pattern: "Peraturan Presiden|Perpres" },
  { code: "keppres", short: "Keppres", long: "Keputusan Presiden", pattern: "Keputusan Presiden|Keppres" },
  { code: "inpres", short: "Inpres", long: "Instruksi Presiden", pattern: "Instruksi Presiden|Inpres" },
  {
    code: "permen",
    short: "Permen",
    long: "Peraturan Menteri",
    pattern: "Peraturan Menteri|Permen",
    minister: true,
  },
  {
    code: "kepmen",
    short: "Kepmen",
    long: "Keputusan Menteri",
    pattern: "Keputusan Menteri|Kepmen",
    minister: true,
  },
  {
    code: "se",
    short: "SE",
    long: "Surat Edaran Menteri",
    pattern: "Surat Edaran Menteri|SE Menteri|SE",
    minister: true,
  },
  { code: "perda", short: "Perda", long: "Peraturan Daerah", pattern: "Peraturan Daerah|Perda" },
];

/**
 * Ministers as instruments name them. `short` makes the compact forms the press uses ("Permenperin",
 * "SE Menperin"); `acronym` the spaced ones ("Permen ESDM").
 */
const MINISTERS: { words: string; short?: string; acronym?: string }[] = [
  { words: "Perindustrian", short: "perin" },
  { words: "Perdagangan", short: "dag" },
  { words: "Keuangan", short: "keu" },
  { words: "Ketenagakerjaan", short: "naker" },
  { words: "Perhubungan", short: "hub" },
  { words: "Kesehatan", short: "kes" },
  { words: "Pertanian", short: "tan" },
  { words: "Dalam Negeri", short: "dagri" },
  { words: "Energi dan Sumber Daya Mineral", acronym: "ESDM" },
  { words: "Lingkungan Hidup dan Kehutanan", acronym: "LHK" },
  { words: "Badan Usaha Milik Negara", acronym: "BUMN" },
  { words: "Investasi", acronym: "Investasi" },
  { words: "Pekerjaan Umum dan Perumahan Rakyat", acronym: "PUPR" },
  { words: "Komunikasi dan Informatika", acronym: "Kominfo" },
  { words: "Kelautan dan Perikanan", acronym: "KP" },
];

type Minister = (typeof MINISTERS)[number];

function ministerOf(words: string | undefined, compact: string | undefined): Minister | undefined {
  if (compact) return MINISTERS.find((m) => m.short === compact);
  return MINISTERS.find((m) => m.words === words || (m.acronym !== undefined && m.acronym === words));
}

/** "Permenperin", "Permen ESDM", "SE Menperin", "Kepmen ESDM": how the press shortens a minister's act. */
function ministerShortName(instrument: Instrument, minister: Minister): string {
  const lead = instrument.code === "se" ? "SE Men" : instrument.short;
  if (minister.short) return `${lead}${minister.short}`;
  return `${instrument.code === "se" ? "SE Menteri" : instrument.short} ${minister.acronym ?? minister.words}`;
}

/** "Permenperin", "Permendag", "SE Menperin", "Kepmendag": compact forms with the ministry inside. */
const COMPACT_MINISTER = /^(Permen|Kepmen|SE Men)(perin|dag|keu|naker|hub|kes|tan|dagri)$/;

const NUMBER = String.raw`(?:Nomor|Nomer|No\.?)\s*([0-9][0-9A-Za-z/-]*(?:\.[0-9A-Za-z/-]+)*)(?:\s+(?:Tahun|Th\.?|Thn\.?)\s+((?:19|20)\d\d))?`;
const COMPACT = String.raw`(\d{1,4}[A-Z]?)\/((?:19|20)\d\d)`;
const MINISTER_WORDS = MINISTERS.flatMap((m) => [m.words, ...(m.acronym ? [m.acronym] : [])]).join("|");

function instrumentPattern(): RegExp {
  const names = INSTRUMENTS.map((i) => `(?:${i.pattern})`).join("|");
  const compact = String.raw`(?:Permen|Kepmen|SE Men)(?:perin|dag|keu|naker|hub|kes|tan|dagri)`;
  return new RegExp(
    String.raw`\b(${compact}|${names})(?:\s+(?:Menteri\s+)?(${MINISTER_WORDS}))?(?:\s*\(([A-Za-z]{2,12})\))?\s+(?:${NUMBER}|${COMPACT})`,
    "g",
  );
}

const PATTERN = instrumentPattern();

/** Small words a title keeps in lower case; any other lower-case word ends it. */
const TITLE_SMALL_WORDS = new Set(
  "dan atau pada di dalam untuk serta atas dari bagi ke terhadap oleh dengan antara tentang mengenai melalui tata".split(
    " ",
  ),
);
const CLAUSE_WORDS = new Set("yang sebagai sehingga agar karena guna serta".split(" "));

/** The "tentang …" title after a regulation's number: capitalised words and the small words between. */
function titleAfter(text: string, from: number): { title: string; end: number } | undefined {
  const m = /^\s+tentang\s+/.exec(text.slice(from, from + 20));
  if (!m) return undefined;
  const start = from + m[0].length;
  const words: { end: number; small: boolean }[] = [];
  for (const w of text.slice(start).matchAll(/\S+/g)) {
    const at = start + w.index;
    if (text.slice(words.at(-1)?.end ?? start, at).includes("\n")) break;
    const bare = w[0].replace(/[,.;:!?"“”’]+$/, "");
    const lower = bare.toLowerCase();
    if (words.length > 0 && CLAUSE_WORDS.has(lower)) break;
    const small = TITLE_SMALL_WORDS.has(lower);
    if (!small && !/^[\p{Lu}\d(]/u.test(bare)) break;
    words.push({ end: at + bare.length, small });
    if (bare.length < w[0].length) break; // a comma or full stop ends the title
  }
  while (words.at(-1)?.small) words.pop();
  const last = words.at(-1);
  return last ? { title: text.slice(start, last.end), end: last.end } : undefined;
}

export interface RegulationMatch extends Span {
  entity: Extract<EntityDraft, { kind: "Regulation" }>;
  /** "uu-3-2020": instrument, number and year, the same for every way of printing it. */
  key: string;
  /** The organization named as issuer by the instrument ("Menteri Perindustrian" → Kementerian Perindustrian). */
  issuerName?: string;
  rule: string;
}

/** Finds the numbered regulations of a text (not yet resolved against the graph). */
export function numberedRegulations(text: string): RegulationMatch[] {
  const found: RegulationMatch[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const [head = "", name = "", ministerWords, , num1, year1, num2, year2] = m;
    const compact = COMPACT_MINISTER.exec(name);
    const code = compact ? (compact[1] === "SE Men" ? "se" : compact[1]?.toLowerCase()) : undefined;
    const instrument = compact
      ? INSTRUMENTS.find((i) => i.code === code)
      : INSTRUMENTS.find((i) => new RegExp(`^(?:${i.pattern})$`).test(name));
    if (!instrument) continue;
    const number = (num1 ?? num2 ?? "").replace(/[./-]+$/, "");
    // "Nomor 14/M-IND/PER/6/2016" carries its year; "PP 96/2021" is number 96 of 2021.
    const embedded = /^(.*?)[/-]((?:19|20)\d\d)$/.exec(number)?.[2];
    const year = year1 ?? year2 ?? embedded;
    if (!year) continue; // "PP No. 5" without a year is too ambiguous to propose
    const compactNumber = !year1 && !year2 && /^\d+\/\d{4}$/.test(number);
    const plain = compactNumber ? number.slice(0, number.indexOf("/")) : number;
    const minister = instrument.minister ? ministerOf(ministerWords, compact?.[2]) : undefined;
    if (instrument.minister && !minister) continue; // "SE No. 3/2021": of which minister?
    const longName = minister ? `${instrument.long} ${minister.words}` : instrument.long;
    const shortName = minister ? ministerShortName(instrument, minister) : instrument.short;
    const numberEnd = m.index + head.length;
    const title = titleAfter(text, numberEnd);
    const end = title?.end ?? numberEnd;
    const cited = year1 || year2 || compactNumber ? `Nomor ${plain} Tahun ${year}` : `Nomor ${number}`;
    const base = `${longName} ${cited}`;
    const canonical = title ? `${base} tentang ${title.title}` : base;
    const key = `${slugNumber(shortName)}-${slugNumber(plain)}${plain.includes(year) ? "" : `-${year}`}`;
    const aliases = [
      text.slice(m.index, end),
      base,
      `${shortName} No. ${plain}${plain.includes(year) ? "" : ` Tahun ${year}`}`,
      ...(/^\d+$/.test(plain) ? [`${shortName} ${plain}/${year}`] : []),
    ];
    found.push({
      start: m.index,
      end,
      key,
      rule: "regulation.numbered",
      ...(minister ? { issuerName: `Kementerian ${minister.words}` } : {}),
      entity: {
        kind: "Regulation",
        id: `regulation:${key}`,
        name: canonical,
        aliases: [...new Set(aliases)].filter((a) => a !== canonical),
        number: plain,
        year: Number(year),
      },
    });
  }
  return found;
}

function slugNumber(number: string): string {
  return number
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Named permits with their acronym: "Izin Usaha Industri (IUI)". */
const PERMIT =
  /\b((?:Izin|Perizinan|Persetujuan|Sertifikat)(?:\s+(?:\p{Lu}[\p{L}-]*|dan|atau|untuk|di|pada)){1,8})\s*\((\p{Lu}{2,8})\)/gu;

/** Named national standards. */
const STANDARD = /\b(Standar Nasional Indonesia|[Ss]tandar [Ii]ndustri [Hh]ijau)(?:\s*\((\p{Lu}{2,5})\))?/gu;

/** Regulations in preparation: "(tengah) menyusun regulasi terkait kawasan industri berwawasan lingkungan". */
const DRAFTING =
  /\b(?:menyusun|merancang|menyiapkan|merumuskan|menggodok|membahas)\s+((?:rancangan\s+)?(?:regulasi|peraturan|aturan|rancangan undang-undang|RUU)(?:\s+(?:terkait|tentang|mengenai))?(?:\s+[\p{L}-]+){1,6}?)(?=[,.;]|\s+(?:yang|untuk|agar|guna|sebagai|dan\s+\p{Ll}+kan)\b|$)/gu;

/** Permits, standards and regulations being drafted: named regulatory instruments without a number. */
export function namedRegulations(text: string): RegulationMatch[] {
  const found: RegulationMatch[] = [];
  const add = (start: number, end: number, name: string, aliases: string[], rule: string, key: string) => {
    found.push({
      start,
      end,
      key,
      rule,
      entity: { kind: "Regulation", id: `regulation:${key}`, name, aliases },
    });
  };
  for (const m of text.matchAll(PERMIT)) {
    const [all, name = "", acronym = ""] = m;
    add(m.index, m.index + all.length, name, [acronym], "regulation.permit", slugNumber(acronym));
  }
  for (const m of text.matchAll(STANDARD)) {
    const [all, name = "", acronym] = m;
    const canonical = name.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    add(
      m.index,
      m.index + all.length,
      canonical,
      [name, ...(acronym ? [acronym] : [])],
      "regulation.standard",
      slugNumber(canonical),
    );
  }
  for (const m of text.matchAll(DRAFTING)) {
    const phrase = (m[1] ?? "").trim();
    const start = m.index + m[0].indexOf(phrase);
    const name = phrase.charAt(0).toUpperCase() + phrase.slice(1);
    add(start, start + phrase.length, name, [phrase], "regulation.drafting", slugNumber(phrase));
  }
  return found;
}

/** The names a known regulation goes by, parsed: its key when a name is a numbered citation. */
function knownKeys(known: readonly KnownEntity[]): Map<string, KnownEntity> {
  const keys = new Map<string, KnownEntity>();
  for (const k of known) {
    if (k.kind !== "Regulation") continue;
    for (const name of [k.name, ...k.aliases]) {
      for (const r of [...numberedRegulations(name), ...namedRegulations(name)]) keys.set(r.key, k);
    }
  }
  return keys;
}

/**
 * Regulation proposals of a text: new regulations with readable ids (regulation:uu-3-2020), or the known
 * regulation a citation names however it is printed ("UU 3/2020" is "Undang-Undang Nomor 3 Tahun 2020").
 */
export function findRegulations(
  text: string,
  known: readonly KnownEntity[],
): (EntityProposal & { issuerName?: string })[] {
  const keys = knownKeys(known);
  const numbered = numberedRegulations(text);
  const named = namedRegulations(text).filter(
    (n) => !numbered.some((r) => n.start < r.end && r.start < n.end),
  );
  return [...numbered, ...named].map((r) => {
    const existing = keys.get(r.key);
    const entity: EntityDraft =
      existing?.declaration ?? (existing ? { ...r.entity, id: existing.id, name: existing.name } : r.entity);
    return {
      type: "entity" as const,
      rule: r.rule,
      confidence: r.rule === "regulation.numbered" ? 0.95 : r.rule === "regulation.drafting" ? 0.6 : 0.75,
      span: { start: r.start, end: r.end },
      entity,
      ...(existing ? { existingId: existing.id } : {}),
      ...(r.issuerName ? { issuerName: r.issuerName } : {}),
    };
  });
}
