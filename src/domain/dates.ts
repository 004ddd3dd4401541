/**
 * Indonesian news gives dates like "Rabu (5/3)": a weekday and day/month without the year. The weekday
 * fixes the year within any window shorter than the 28-year cycle of the calendar, so the article's
 * context (a year it is known to be near) picks the one candidate.
 */

/**
 * A calendar date as sources give it: YYYY-MM-DD, or coarser (YYYY-MM, YYYY). The one definition used by
 * the seed format and the GraphQL Date scalar.
 */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why a string is not a date of the shape PARTIAL_DATE describes, or undefined when it is one. The shape
 * alone lets 2021-02-30 and 2021-04-31 through; a day must exist in its month.
 */
export function partialDateProblem(value: string): string | undefined {
  if (!PARTIAL_DATE.test(value)) return "expected a date as YYYY-MM-DD, YYYY-MM or YYYY";
  const [year, month, day] = value.split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const days = daysIn(year, month);
  return day > days
    ? `${value} is not a calendar date: ${MONTHS[month - 1] ?? month} ${year} has ${days} days`
    : undefined;
}

export const INDONESIAN_WEEKDAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"] as const;

export class DateResolutionError extends Error {
  override name = "DateResolutionError";
}

const PATTERN =
  /\b(Minggu|Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu)\b[^(]{0,12}\((\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\)/i;

export interface IndonesianDate {
  weekday: string;
  day: number;
  month: number;
  year?: number;
}

/** Finds the first "Weekday (d/m)" or "Weekday (d/m/yyyy)" in a text. */
export function findIndonesianDate(text: string): IndonesianDate | undefined {
  const found = findIndonesianDates(text)[0];
  if (!found) return undefined;
  const { index: _index, printed: _printed, ...date } = found;
  return date;
}

/** Every "Weekday (d/m)" or "Weekday (d/m/yyyy)" of a text, with where it is printed. */
export function findIndonesianDates(text: string): (IndonesianDate & { index: number; printed: string })[] {
  return [...text.matchAll(new RegExp(PATTERN.source, "gi"))].map((m) => {
    const [printed, weekday = "", day = "", month = "", year] = m;
    return {
      weekday,
      day: Number(day),
      month: Number(month),
      ...(year ? { year: Number(year) } : {}),
      index: m.index,
      printed,
    };
  });
}

function weekdayIndex(name: string): number {
  const normalised = name.toLowerCase().replace("'", "");
  const index = INDONESIAN_WEEKDAYS.findIndex((w) => w.toLowerCase() === normalised);
  if (index < 0) throw new DateResolutionError(`'${name}' is not an Indonesian weekday`);
  return index;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The ISO date of a weekday + day/month, choosing the year nearest `nearYear` (within `window` years) on
 * which that day falls on that weekday.
 */
export function resolveIndonesianDate(date: IndonesianDate, nearYear: number, window = 3): string {
  const target = weekdayIndex(date.weekday);
  const years = date.year !== undefined ? [date.year] : [];
  for (let offset = 0; date.year === undefined && offset <= window; offset++) {
    years.push(nearYear - offset);
    if (offset > 0) years.push(nearYear + offset);
  }
  for (const year of years) {
    const d = new Date(Date.UTC(year, date.month - 1, date.day));
    if (d.getUTCMonth() !== date.month - 1) continue; // 30/2 and the like
    if (d.getUTCDay() === target) return iso(year, date.month, date.day);
  }
  throw new DateResolutionError(
    `no year ${date.year ?? `within ${window} of ${nearYear}`} has ${date.day}/${date.month} on a ${date.weekday}`,
  );
}
