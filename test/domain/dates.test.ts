import { describe, expect, it } from "vitest";
import {
  DateResolutionError,
  findIndonesianDate,
  partialDateProblem,
  resolveIndonesianDate,
} from "../../src/domain/dates.js";

describe("resolveIndonesianDate", () => {
  it.each([
    ["Kamis (3/12)", 2020, "2020-12-03"], // INALUM customer gathering, during the pandemic
    ["Rabu (5/3)", 2025, "2025-03-05"], // Kemenperin–UNIDO meeting
    ["Selasa (11/3)", 2025, "2025-03-11"],
    ["Sabtu (28/9)", 2024, "2024-09-28"],
    ["Senin (26/7/2021)", 1990, "2021-07-26"], // an explicit year wins over the context
  ])("%s near %i is %s", (text, near, expected) => {
    const found = findIndonesianDate(text);
    expect(found).toBeDefined();
    expect(resolveIndonesianDate(found!, near)).toBe(expected);
  });

  it("picks the nearest year with that weekday, not the context year itself", () => {
    // 5 March is a Wednesday in 2025, not in 2024 or 2026.
    expect(resolveIndonesianDate({ weekday: "Rabu", day: 5, month: 3 }, 2024)).toBe("2025-03-05");
  });

  it("finds the date inside a sentence, with words between weekday and date", () => {
    expect(findIndonesianDate("menerima kunjungan UNIDO di Jakarta, Rabu lalu (5/3).")).toEqual({
      weekday: "Rabu",
      day: 5,
      month: 3,
    });
  });

  it("refuses a weekday that does not fit, and a day that does not exist", () => {
    expect(() => resolveIndonesianDate({ weekday: "Senin", day: 26, month: 7, year: 2022 }, 2022)).toThrow(
      DateResolutionError,
    );
    expect(() => resolveIndonesianDate({ weekday: "Senin", day: 30, month: 2 }, 2024)).toThrow(/30\/2/);
    expect(() => resolveIndonesianDate({ weekday: "Monday", day: 1, month: 1 }, 2024)).toThrow(
      /not an Indonesian weekday/,
    );
  });

  it("finds nothing in a text without such a date", () => {
    expect(findIndonesianDate("SABTU, 28 SEPTEMBER 2024")).toBeUndefined();
  });
});

describe("partialDateProblem", () => {
  it.each(["2021-07-26", "2021-07", "2021", "2024-02-29", "2000-02-29", "2021-12-31"])("accepts %s", (d) => {
    expect(partialDateProblem(d)).toBeUndefined();
  });

  it.each([
    ["2021-02-30", "2021-02-30 is not a calendar date: February 2021 has 28 days"],
    ["2021-02-29", "2021-02-29 is not a calendar date: February 2021 has 28 days"],
    ["1900-02-29", "1900-02-29 is not a calendar date: February 1900 has 28 days"],
    ["2021-04-31", "2021-04-31 is not a calendar date: April 2021 has 30 days"],
    ["2021-13", "expected a date as YYYY-MM-DD, YYYY-MM or YYYY"],
    ["2021-1-5", "expected a date as YYYY-MM-DD, YYYY-MM or YYYY"],
    ["26/7/2021", "expected a date as YYYY-MM-DD, YYYY-MM or YYYY"],
  ])("refuses %s", (d, message) => {
    expect(partialDateProblem(d)).toBe(message);
  });
});
