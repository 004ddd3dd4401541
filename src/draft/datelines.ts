import {
  DateResolutionError,
  findIndonesianDates,
  resolveIndonesianDate,
  type IndonesianDate,
} from "../domain/dates.js";
import type { Span } from "./types.js";

/**
 * The dates an article prints: full ones ("SABTU, 28 SEPTEMBER 2024", "28 September 2024", "Senin
 * (26/7/2021)") and weekday dates without a year ("Kamis (3/12)"), whose year is the one nearest the
 * article's context on which that day falls on that weekday (src/domain/dates.ts). The context is the
 * publication date when known, else the years the text names and the periods its words belong to
 * (the COVID-19 pandemic, PPKM).
 */

export const MONTHS = [
  "januari",
  "februari",
  "maret",
  "april",
  "mei",
  "juni",
  "juli",
  "agustus",
  "september",
  "oktober",
  "november",
  "desember",
] as const;

/** Month number (1-12) of an Indonesian or English month name or its three-letter abbreviation. */
export function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase();
  const english = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
  const indonesianShort = [
    "jan",
    "feb",
    "mar",
    "apr",
    "mei",
    "jun",
    "jul",
    "agu",
    "sep",
    "okt",
    "nov",
    "des",
  ];
  const i = MONTHS.findIndex((m) => m === n);
  if (i >= 0) return i + 1;
  const short = n.slice(0, 3);
  const j = indonesianShort.indexOf(short);
  if (j >= 0 && n.length <= 9) return j + 1;
  const k = english.indexOf(short);
  return k >= 0 ? k + 1 : undefined;
}

export interface PrintedDate extends Span {
  printed: string;
  /** YYYY-MM-DD. */
  date: string;
  /** "date.full" (day, month and year printed) or "date.weekday-day-month" (year from the context). */
  rule: "date.full" | "date.weekday-day-month";
  /** How the year was chosen, for a weekday date without one. */
  yearFrom?: string;
}

const MONTH_NAMES = MONTHS.join("|");
const FULL_DATE = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_NAMES})\\s+((?:19|20)\\d\\d)\\b`, "gi");

function iso(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Periods named by words rather than years: a date that mentions them falls within them. */
const ERAS: { pattern: RegExp; from: number; to: number; name: string }[] = [
  { pattern: /\b(?:covid-19|covid|corona|pandemi)\b/i, from: 2020, to: 2022, name: "the COVID-19 pandemic" },
  { pattern: /\bPPKM\b/, from: 2021, to: 2022, name: "PPKM (2021-2022)" },
  { pattern: /\bPSBB\b/, from: 2020, to: 2021, name: "PSBB (2020-2021)" },
  { pattern: /\badaptasi kebiasaan baru\b/i, from: 2020, to: 2020, name: "'adaptasi kebiasaan baru' (2020)" },
];

export interface YearContext {
  ranges: { from: number; to: number; why: string }[];
}

/** The years an undated text points at: the years it names and the periods its words belong to. */
export function yearContext(text: string, publishedOn?: string): YearContext {
  if (publishedOn) {
    const y = Number(publishedOn.slice(0, 4));
    return { ranges: [{ from: y, to: y, why: `the publication date ${publishedOn}` }] };
  }
  const ranges: YearContext["ranges"] = [];
  for (const era of ERAS) if (era.pattern.test(text)) ranges.push({ ...era, why: era.name });
  // A year the text looks forward to ("menjadi 1 juta ton per tahun di 2030") says little about when it
  // was written: such years count only when the text names no other.
  const named = [...text.matchAll(/\b((?:19[5-9]|20\d)\d)\b/g)].map((m) => ({
    year: Number(m[1]),
    ahead: FUTURE.test(text.slice(Math.max(0, m.index - 80), m.index)),
  }));
  const past = named.filter((n) => !n.ahead);
  const years = new Set((past.length > 0 || ranges.length > 0 ? past : named).map((n) => n.year));
  for (const y of [...years].sort()) ranges.push({ from: y, to: y, why: `the year ${y} the text names` });
  return { ranges };
}

/** Words that look ahead: a year after them is a target or a plan. */
const FUTURE = /\b(?:akan|target\w*|menargetkan|rencana\w*|direncanakan|proyeksi\w*|visi|hingga|sampai)\b/i;

function distance(year: number, range: { from: number; to: number }): number {
  return year < range.from ? range.from - year : year > range.to ? year - range.to : 0;
}

/**
 * The year nearest the context on which day/month falls on the weekday; a tie goes to the later year.
 * Undefined when the context names no year or none within three years fits.
 */
export function resolveYear(
  date: IndonesianDate,
  context: YearContext,
): { date: string; why: string } | undefined {
  let best: { date: string; why: string; cost: number; year: number } | undefined;
  for (const range of context.ranges) {
    for (let year = range.from - 3; year <= range.to + 3; year++) {
      let resolved: string;
      try {
        resolved = resolveIndonesianDate({ ...date, year }, year);
      } catch (error) {
        if (error instanceof DateResolutionError) continue;
        throw error;
      }
      const cost = Math.min(...context.ranges.map((r) => distance(year, r)));
      if (!best || cost < best.cost || (cost === best.cost && year > best.year)) {
        const near = context.ranges.reduce((a, r) => (distance(year, r) < distance(year, a) ? r : a));
        best = { date: resolved, why: near.why, cost, year };
      }
    }
  }
  return best && best.cost <= 3 ? { date: best.date, why: best.why } : undefined;
}

/** Every date the text prints in full or as a weekday date, in text order, with its ISO date. */
export function printedDates(text: string, context: YearContext): PrintedDate[] {
  const found: PrintedDate[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    const date = iso(Number(m[3]), monthNumber(m[2] ?? "") ?? 0, Number(m[1]));
    if (date) {
      const span = { start: m.index, end: m.index + m[0].length };
      found.push({ ...span, printed: m[0], date, rule: "date.full" });
    }
  }
  for (const d of findIndonesianDates(text)) {
    const span = { start: d.index, end: d.index + d.printed.length };
    if (d.year !== undefined) {
      try {
        found.push({
          ...span,
          printed: d.printed,
          date: resolveIndonesianDate(d, d.year),
          rule: "date.full",
        });
      } catch (error) {
        if (!(error instanceof DateResolutionError)) throw error;
      }
      continue;
    }
    const resolved = resolveYear(d, context);
    if (resolved) {
      found.push({
        ...span,
        printed: d.printed,
        date: resolved.date,
        rule: "date.weekday-day-month",
        yearFrom: resolved.why,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
