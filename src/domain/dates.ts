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
