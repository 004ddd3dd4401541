import type { Span } from "./types.js";

/**
 * Amounts as Indonesian news prints them: "13.000 ton" (a dot groups thousands), "Rp 2,5 triliun" (a comma
 * is the decimal mark), "250 ribu ton per tahun", "USD 1,2 miliar", "US$500 juta", "100 persen", "90
 * perusahaan", "lima kawasan industri". Only a number with a unit is an amount: a bare number is a year, a
 * level, a count of days or a regulation's number, never a figure.
 */

export interface Amount extends Span {
  value: number;
  /** The unit in English: "tonnes per year", "IDR", "USD", "percent", "companies", ... */
  unit: string;
  /** "mass", "mass-rate", "currency", "percent", "energy", "count", ... */
  dimension: string;
  printed: string;
  /** "at least", "at most", "about": a bound printed before the amount ("lebih dari", "sekitar"). */
  bound?: string;
}

const MULTIPLIERS: Record<string, number> = {
  ribu: 1e3,
  rb: 1e3,
  ribuan: 1e3,
  juta: 1e6,
  jt: 1e6,
  miliar: 1e9,
  milyar: 1e9,
  m: 1e9,
  triliun: 1e12,
  t: 1e12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

const WORD_NUMBERS: Record<string, number> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  "dua belas": 12,
  "lima belas": 15,
  "dua puluh": 20,
  "tiga puluh": 30,
  "lima puluh": 50,
  seratus: 100,
  seribu: 1000,
};

/** Countable things a figure counts, Indonesian → the unit in English (longest phrases first). */
const COUNT_NOUNS: [string, string][] = [
  ["kawasan industri", "industrial parks"],
  ["mitra binaan", "partners"],
  ["tenaga kerja", "workers"],
  ["lini produksi", "production lines"],
  ["jenis mineral", "mineral types"],
  ["jenis produk", "product types"],
  ["jenis komoditas", "commodity types"],
  ["perusahaan", "companies"],
  ["mitra", "partners"],
  ["smelter", "smelters"],
  ["pabrik", "plants"],
  ["proyek", "projects"],
  ["unit", "units"],
  ["pekerja", "workers"],
  ["karyawan", "employees"],
  ["orang", "people"],
  ["negara", "countries"],
  ["UMKM", "MSMEs"],
  ["IKM", "small and medium industries"],
  ["peserta", "participants"],
  ["investor", "investors"],
  ["desa", "villages"],
  ["kelompok", "groups"],
  ["kendaraan", "vehicles"],
  ["kapal", "ships"],
  ["tungku", "furnaces"],
  ["industri", "industries"],
];

const MEASURES: [RegExp, string, string][] = [
  [/^(?:metrik\s+)?ton\s+per\s+tahun\b|^ton\/tahun\b|^tpa\b/i, "tonnes per year", "mass-rate"],
  [/^(?:metrik\s+)?ton\b|^tonnes?\b/i, "tonnes", "mass"],
  [/^kg\b|^kilogram\b/i, "kilograms", "mass"],
  [/^persen\b|^percent\b|^%/i, "percent", "percent"],
  [/^(?:megawatt|MW)\b/, "MW", "power"],
  [/^(?:gigawatt|GW)\b/, "GW", "power"],
  [/^(?:MWh|GWh|kWh)\b/, "energy", "energy"],
  [/^(?:hektare|hektar|ha)\b/, "hectares", "area"],
  [/^barel\b/i, "barrels", "volume"],
];

/** "13.000" → 13000, "2,5" → 2.5, "1.250.000,75" → 1250000.75, "2.5" (no group of three) → 2.5. */
export function parseNumber(printed: string): number {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(printed))
    return Number(printed.replace(/\./g, "").replace(",", "."));
  return Number(printed.replace(",", "."));
}

const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
const WORDS = Object.keys(WORD_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const MULTIPLIER = String.raw`(?:ribu|rb|ribuan|juta|jt|miliar|milyar|triliun|thousand|million|billion|trillion|M|T)\b`;
const CURRENCY_BEFORE = String.raw`(?:Rp\.?|IDR|USD|US\$|\$|EUR|€|SGD|CNY|RMB)`;
const CURRENCY_AFTER = String.raw`(?:dolar AS|dollar AS|dolar Amerika Serikat|dolar|dollar|rupiah|yuan|euro)\b`;

const CURRENCY_CODES: Record<string, string> = {
  rp: "IDR",
  "rp.": "IDR",
  idr: "IDR",
  rupiah: "IDR",
  usd: "USD",
  us$: "USD",
  $: "USD",
  dolar: "USD",
  dollar: "USD",
  "dolar as": "USD",
  "dollar as": "USD",
  "dolar amerika serikat": "USD",
  eur: "EUR",
  "€": "EUR",
  euro: "EUR",
  sgd: "SGD",
  cny: "CNY",
  rmb: "CNY",
  yuan: "CNY",
};

const BOUNDS: [RegExp, string][] = [
  [/(?:lebih dari|tidak kurang dari|minimal|sedikitnya|setidaknya|paling sedikit|di atas)\s+$/i, "at least"],
  [/(?:kurang dari|maksimal|paling banyak|di bawah|hingga|sampai)\s+$/i, "at most"],
  [/(?:sekitar|kurang lebih|hampir|mendekati|kira-kira|±)\s*$/i, "about"],
];

const AMOUNT = new RegExp(
  String.raw`(?<cur>${CURRENCY_BEFORE})?\s?(?<num>${NUMBER}|\b(?:${WORDS})\b)(?:\s?(?<mult>${MULTIPLIER}))?`,
  "giu",
);

function multiplier(word: string | undefined): number {
  if (!word) return 1;
  // "M" and "T" stand for miliar and triliun only in capitals (Rp 5 M); "m" would be metres.
  if (word === "m" || word === "t") return NaN;
  return MULTIPLIERS[word.toLowerCase()] ?? 1;
}

function unitAfter(
  text: string,
  at: number,
): { unit: string; dimension: string; length: number } | undefined {
  const rest = text.slice(at, at + 40);
  const space = /^\s*/.exec(rest)?.[0].length ?? 0;
  const after = rest.slice(space);
  const currency = new RegExp(`^${CURRENCY_AFTER}`, "i").exec(after);
  if (currency)
    return {
      unit: CURRENCY_CODES[currency[0].toLowerCase()] ?? "USD",
      dimension: "currency",
      length: space + currency[0].length,
    };
  for (const [pattern, unit, dimension] of MEASURES) {
    const m = pattern.exec(after);
    if (m) return { unit, dimension, length: space + m[0].length };
  }
  for (const [noun, unit] of COUNT_NOUNS) {
    const caseSensitive = noun === noun.toUpperCase();
    const head = after.slice(0, noun.length);
    const same = caseSensitive ? head === noun : head.toLowerCase() === noun;
    if (same && !/[\p{L}\d]/u.test(after[noun.length] ?? ""))
      return { unit, dimension: "count", length: space + noun.length };
  }
  return undefined;
}

/** Every amount with a unit in the text, in text order. */
export function findAmounts(text: string): Amount[] {
  const found: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const { cur, num = "", mult } = m.groups ?? {};
    const start = m.index + (m[0].length - m[0].trimStart().length);
    // "salah satu industri" is "one of the industries", not a count of one.
    if (/\bsalah\s+$/i.test(text.slice(Math.max(0, start - 10), start))) continue;
    // Inside a longer token: "MM2100", "COVID-19", "26/7/2021", "ke-5".
    if (/[\p{L}\d/-]$/u.test(text.slice(0, start)) && !cur) continue;
    const wordNumber = WORD_NUMBERS[num.toLowerCase()];
    const base = wordNumber ?? parseNumber(num);
    const factor = multiplier(mult);
    if (!Number.isFinite(base) || Number.isNaN(factor)) continue;
    let end = m.index + m[0].length;
    let unit: string;
    let dimension: string;
    if (cur) {
      unit = CURRENCY_CODES[cur.toLowerCase()] ?? "USD";
      dimension = "currency";
    } else {
      const after = unitAfter(text, end);
      if (!after) continue;
      // "lima" is a count of things, not five tonnes; a count is of a whole number of things.
      if (wordNumber !== undefined && after.dimension !== "count") continue;
      ({ unit, dimension } = after);
      end += after.length;
    }
    if (dimension === "currency" || dimension === "mass" || dimension === "mass-rate") {
      // "13.000 ton per tahun": the per-year may follow a currency or a mass with a multiplier between.
      const perYear = /^\s+per\s+tahun\b/.exec(text.slice(end));
      if (perYear && dimension === "mass") {
        unit = "tonnes per year";
        dimension = "mass-rate";
        end += perYear[0].length;
      }
    }
    const before = text.slice(Math.max(0, start - 25), start);
    const bound = BOUNDS.find(([pattern]) => pattern.test(before))?.[1];
    const value = Math.round(base * factor * 1e6) / 1e6;
    found.push({
      start,
      end,
      value,
      unit,
      dimension,
      printed: text.slice(start, end),
      ...(bound ? { bound } : {}),
    });
  }
  return found;
}
