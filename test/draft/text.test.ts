import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/draft/clean.js";
import { printedDates, yearContext } from "../../src/draft/datelines.js";
import { readSource } from "../../src/draft/metadata.js";
import { splitSentences } from "../../src/draft/sentences.js";

describe("clean", () => {
  it("removes page furniture and keeps every other line verbatim", () => {
    const original = [
      "Kemenperin Dorong Hilirisasi Nikel",
      "Baca juga: Harga Nikel Naik Lagi",
      "Jakarta - Kementerian Perindustrian mendorong hilirisasi nikel.  ",
      "Artikel Terkait",
      "Rekomendasi",
    ].join("\n");
    const cleaned = cleanArticle(original);
    expect(cleaned.text).toContain("Kemenperin Dorong Hilirisasi Nikel");
    expect(cleaned.text).not.toContain("Baca juga");
    expect(cleaned.text).not.toContain("Artikel Terkait");
    const kept = cleaned.text.split("\n").filter((line) => line !== "");
    for (const line of kept) expect(original.split("\n")).toContain(line);
    expect(kept).toEqual([
      "Kemenperin Dorong Hilirisasi Nikel",
      "Jakarta - Kementerian Perindustrian mendorong hilirisasi nikel.  ",
    ]);
    expect(cleaned.removed.length).toBeGreaterThanOrEqual(2);
  });
});

describe("datelines", () => {
  const dates = (text: string, publishedOn?: string) =>
    printedDates(text, yearContext(text, publishedOn)).map((d) => d.date);

  it("reads a weekday date with its year", () => {
    expect(dates("dimulai pada Senin (26/7/2021).")).toEqual(["2021-07-26"]);
  });

  it("takes the year of a weekday date without one from the weekday and the context", () => {
    expect(dates("di Kuala Tanjung, Kamis (3/12), di tengah pandemi COVID-19.")).toEqual(["2020-12-03"]);
    expect(dates("di Jakarta, Rabu (5/3).", "2025-03-11")).toEqual(["2025-03-05"]);
  });

  it("reads a printed date in capitals", () => {
    expect(dates("SABTU, 28 SEPTEMBER 2024 | 10:15 WIB")).toContain("2024-09-28");
  });

  it("finds the publisher of a 'City, Publisher –' dateline and the date of the page", () => {
    const text =
      "Kemenperin Gandeng Mitra Baru untuk Nikel\nSABTU, 28 SEPTEMBER 2024\nJakarta, Petrominer – Kemenperin menggelar rapat.";
    const source = readSource(text, {});
    expect(source.publishedOn).toBe("2024-09-28");
    expect(source.publisher).toBe("Petrominer");
    expect(source.title).toBe("Kemenperin Gandeng Mitra Baru untuk Nikel");
  });

  it("lets the caller's metadata win", () => {
    const source = readSource("Judul\nJakarta - isi.", { publisher: "Contoh", publishedOn: "2026-01-05" });
    expect(source).toMatchObject({ publisher: "Contoh", publishedOn: "2026-01-05" });
  });
});

describe("sentences", () => {
  it("do not end at abbreviations or thousands separators", () => {
    const text =
      "Menurut UU No. 3 Tahun 2020, PT. Timah Tbk. menambah 13.000 ton. Kalimat kedua dimulai di sini.";
    const sentences = splitSentences(text).map((s) => s.text);
    expect(sentences).toEqual([
      "Menurut UU No. 3 Tahun 2020, PT. Timah Tbk. menambah 13.000 ton.",
      "Kalimat kedua dimulai di sini.",
    ]);
  });

  it("give each sentence its exact offsets", () => {
    const text = "Satu dua tiga.\nEmpat lima enam.";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text)).toHaveLength(2);
  });
});
