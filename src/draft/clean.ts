/**
 * Removes page furniture from a collected news page, as seed/sources/*.txt were cut from seed/originals/:
 * "Baca juga" links, a site's date banner and rubric labels above the headline, and everything from the
 * first list of other stories ("Rekomendasi untuk Anda", "Populer", "Artikel Terkait", ...) or footer line
 * to the end. Lines are only dropped, never edited, so every kept line is a line of the original and a
 * quote of the cleaned text is a quote of the page.
 */

export interface RemovedLine {
  /** 1-based line number in the original. */
  line: number;
  text: string;
  reason: string;
}

export interface CleanedText {
  text: string;
  removed: RemovedLine[];
}

const WEEKDAY = "(?:Minggu|Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu)";
const MONTH = "(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)";

/** Links to other stories inside the body. */
const INLINE_LINK = /^\s*(?:baca(?:\s+juga)?|simak(?:\s+juga)?|lihat(?:\s+juga)?|berita\s+terkait)\s*:/i;

/** Advertising and sharing widgets that sit between paragraphs. */
const WIDGET =
  /^\s*(?:advertisement|iklan|scroll to (?:continue|resume) with content|bagikan|share(?: this)?|ads)\s*$/i;

/** Headings of the lists and footers that follow an article: the article is over where one starts. */
const END_OF_ARTICLE = new RegExp(
  "^\\s*(?:" +
    [
      "rekomendasi(?: untuk anda)?",
      "artikel terkait",
      "berita terkait",
      "berita terkini",
      "berita lainnya",
      "berita populer",
      "terpopuler",
      "populer",
      "paling populer",
      "terbaru",
      "pilihan editor",
      "video pilihan",
      "selengkapnya",
      "baca selengkapnya",
      "tags?\\s*:?",
      "topik\\s*:?",
      "komentar",
      "(?:©|copyright\\b).*",
    ].join("|") +
    ")\\s*$",
  "i",
);

/** A date alone on a line ("Senin, 29 September 2025"): above the headline, it is the site's banner. */
const DATE_BANNER = new RegExp(`^\\s*${WEEKDAY},?\\s+\\d{1,2}\\s+${MONTH}\\s+\\d{4}\\s*$`, "i");

/** A rubric label above the headline ("Berita", "Bisnis", "Virus Corona"): one to three plain words. */
const RUBRIC = /^\s*\p{Lu}[\p{L}]*(?:\s+[\p{L}]+){0,2}\s*$/u;

/** The body has begun at the first line long enough to be a headline or a sentence. */
const wordCount = (line: string) => line.trim().split(/\s+/).filter(Boolean).length;
const BODY_WORDS = 6;

export function cleanArticle(original: string): CleanedText {
  const lines = original.split(/\r?\n/);
  const removed: RemovedLine[] = [];
  const kept: string[] = [];
  let inBody = false;
  for (const [i, line] of lines.entries()) {
    const drop = (reason: string) => removed.push({ line: i + 1, text: line, reason });
    if (inBody && END_OF_ARTICLE.test(line)) {
      lines.slice(i).forEach((rest, j) => {
        if (rest.trim()) removed.push({ line: i + j + 1, text: rest, reason: "after the article's end" });
      });
      break;
    }
    if (INLINE_LINK.test(line)) drop("link to another story");
    else if (WIDGET.test(line)) drop("page widget");
    else if (!inBody && DATE_BANNER.test(line)) drop("date banner above the headline");
    else if (!inBody && line.trim() && RUBRIC.test(line)) drop("rubric label above the headline");
    else {
      if (wordCount(line) >= BODY_WORDS) inBody = true;
      kept.push(line);
    }
  }
  return { text: joinLines(kept), removed };
}

/** Joins the kept lines with runs of blank lines reduced to one, and without blank lines at either end. */
function joinLines(lines: string[]): string {
  const out: string[] = [];
  for (const line of lines) {
    const blank = line.trim() === "";
    if (blank && (out.length === 0 || out.at(-1)?.trim() === "")) continue;
    out.push(line);
  }
  while (out.length > 0 && out.at(-1)?.trim() === "") out.pop();
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}
