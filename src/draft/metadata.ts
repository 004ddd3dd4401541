import { printedDates, yearContext, type PrintedDate } from "./datelines.js";
import { slug } from "./ids.js";
import type { DraftMetadata, DraftSource } from "./types.js";

/**
 * The source block of a draft from the page itself, where the caller did not give it: the publisher (a
 * dateline such as "Medan (ANTARA) -", "Jakarta, Petrominer –", "TRIBUNNEWS.COM, BEKASI -", a headline
 * suffix "… • Petrominer", or the URL's host), the headline, the byline and editor lines, the language and
 * the publication date with a note saying how it was established.
 */

/** Publishers by the name or host they print, in the spelling their sites use. */
const PUBLISHERS: Record<string, string> = {
  antara: "ANTARA",
  "antaranews.com": "ANTARA",
  "tribunnews.com": "Tribunnews.com",
  "kompas.com": "Kompas.com",
  kompas: "Kompas",
  "detik.com": "detikcom",
  detikcom: "detikcom",
  "cnbcindonesia.com": "CNBC Indonesia",
  "cnbc indonesia": "CNBC Indonesia",
  "cnnindonesia.com": "CNN Indonesia",
  "bisnis.com": "Bisnis.com",
  "kontan.co.id": "Kontan",
  "katadata.co.id": "Katadata",
  "tempo.co": "Tempo",
  "liputan6.com": "Liputan6.com",
  "okezone.com": "Okezone",
  "republika.co.id": "Republika",
  "rmol.id": "RMOL",
  rmol: "RMOL",
  "inews.id": "iNews",
  "petrominer.com": "Petrominer",
  petrominer: "Petrominer",
  "kemenperin.go.id": "Kementerian Perindustrian",
  "esdm.go.id": "Kementerian ESDM",
  "investor.id": "Investor Daily",
  "idxchannel.com": "IDX Channel",
  "medcom.id": "Medcom.id",
  "suara.com": "Suara.com",
  "jpnn.com": "JPNN.com",
  "sindonews.com": "SINDOnews",
  "beritasatu.com": "Beritasatu",
  "mediaindonesia.com": "Media Indonesia",
  "thejakartapost.com": "The Jakarta Post",
  "jakartaglobe.id": "Jakarta Globe",
};

/** The publisher a printed name or host stands for: a known one, else the name as printed. */
function publisherName(printed: string): string {
  const key = printed
    .trim()
    .toLowerCase()
    .replace(/^www\./, "");
  const known = PUBLISHERS[key] ?? PUBLISHERS[key.split(".").slice(-2).join(".")];
  if (known) return known;
  // A host in capitals ("KONTAN.CO.ID") reads better as written by the site: lower-case.
  return /\.[a-z]{2,}$/i.test(key) ? key : printed.trim();
}

interface Found<T> {
  value: T;
  rule: string;
}

function publisherFromUrl(url: string | undefined): Found<string> | undefined {
  if (!url) return undefined;
  try {
    return { value: publisherName(new URL(url).hostname), rule: "publisher.url-host" };
  } catch {
    return undefined;
  }
}

const DASH = "[-–—]";

/** From the dateline of the first paragraph, or a headline suffix. */
function publisherFromText(lines: string[]): Found<string> | undefined {
  for (const line of lines.slice(0, 20)) {
    const paren = new RegExp(
      `^\\s*\\p{Lu}[\\p{L} ]{1,30}\\((\\p{Lu}[\\p{L}.]{1,30})\\)\\s*${DASH}`,
      "u",
    ).exec(line);
    if (paren?.[1]) return { value: publisherName(paren[1]), rule: "publisher.dateline" };
    const pair = new RegExp(
      `^\\s*([\\p{L}.]{2,30}(?: [\\p{L}.]{2,30})?),\\s*([\\p{L}.]{2,30}(?: [\\p{L}.]{2,30})?)\\s+${DASH}\\s`,
      "u",
    ).exec(line);
    if (pair?.[1] && pair[2]) {
      // "TRIBUNNEWS.COM, BEKASI -" names the site first; "Jakarta, Petrominer –" the city first.
      const domainFirst = /\.\p{L}{2,}$/u.test(pair[1]);
      return { value: publisherName(domainFirst ? pair[1] : pair[2]), rule: "publisher.dateline" };
    }
    const report = /^\s*Laporan Wartawan ([\p{L}.]+\.\p{L}{2,}),/iu.exec(line);
    if (report?.[1]) return { value: publisherName(report[1]), rule: "publisher.reporter-line" };
    const suffix = /\s[•|]\s+([\p{L}.][\p{L}. ]{1,30})\s*$/u.exec(line);
    if (suffix?.[1] && line.split(/\s+/).length >= 5)
      return { value: publisherName(suffix[1]), rule: "publisher.headline-suffix" };
  }
  return undefined;
}

/** "ALIFIA DWI RAMANDHITA" → "Alifia Dwi Ramandhita"; names in mixed case stay as printed. */
function personName(printed: string): string {
  const name = printed.trim().replace(/[.,;]+$/, "");
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_m, pre: string, c: string) => pre + c.toUpperCase());
}

const NAME = "(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,4})";

function byline(lines: string[]): { author?: Found<string>; editor?: Found<string> } {
  const found: { author?: Found<string>; editor?: Found<string> } = {};
  for (const line of lines) {
    const author =
      new RegExp(`^\\s*(?:Penulis|Reporter|Oleh|Pewarta|Wartawan)\\s*:\\s*${NAME}\\s*$`, "u").exec(line) ??
      new RegExp(`^\\s*Laporan Wartawan [\\p{L}.]+,\\s*${NAME}\\s*$`, "u").exec(line) ??
      new RegExp(`\\|\\s*LAPORAN\\s*:\\s*${NAME}\\s*$`, "u").exec(line);
    if (author?.[1] && !found.author) found.author = { value: personName(author[1]), rule: "author.byline" };
    const editor = new RegExp(`^\\s*(?:Editor|Penyunting|Redaktur)\\s*:\\s*${NAME}\\s*$`, "u").exec(line);
    if (editor?.[1] && !found.editor) found.editor = { value: personName(editor[1]), rule: "editor.line" };
  }
  return found;
}

/** A line that is not a headline: a caption, credit, byline, dateline or sentence. */
const NOT_HEADLINE =
  /^\s*(?:foto|ilustrasi|dok\b|sumber|penulis|editor|reporter|laporan|oleh)|\bWIB\b|[.!?"”]\s*$/i;

function headline(lines: string[], publisher: string | undefined): Found<string> | undefined {
  for (const line of lines) {
    const words = line.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    if (/[.!?]["”]?\s*$/.test(line) && words.length >= 12) return undefined; // the body began
    if (words.length < 4 || words.length > 30 || NOT_HEADLINE.test(line)) continue;
    let title = line.trim();
    const suffix = /\s[•|–-]\s+([^•|–-]{2,40})$/.exec(title);
    if (suffix?.[1] && (!publisher || publisherName(suffix[1]) === publisher))
      title = title.slice(0, suffix.index);
    return { value: title, rule: "title.headline" };
  }
  return undefined;
}

/** The path segment of a URL that spells its headline ("inalum-optimistis-mampu-…"). */
function titleFromUrl(url: string | undefined): Found<string> | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const segment = path
    .split("/")
    .filter((s) => s.split("-").length >= 4)
    .sort((a, b) => b.length - a.length)[0];
  if (!segment) return undefined;
  const words = decodeURIComponent(segment)
    .replace(/\.\w+$/, "")
    .split("-");
  const text = words.join(" ");
  return { value: text.charAt(0).toUpperCase() + text.slice(1), rule: "title.url" };
}

/** The opening words of the first paragraph, after its dateline ("Medan (ANTARA) - "). */
function firstSentenceTitle(text: string): Found<string> {
  const first = text.split("\n").find((l) => l.trim()) ?? "article";
  const body = first.replace(new RegExp(`^[^-–—]{0,40}\\s${DASH}\\s+`), "");
  const words = body.trim().split(/\s+/).slice(0, 14);
  return {
    value: words.join(" ").replace(/[,.;:]$/, "") + (words.length === 14 ? " …" : ""),
    rule: "title.first-words",
  };
}

const INDONESIAN = /\b(?:yang|dan|di|dengan|untuk|dari|ini|itu|dalam|akan|juga|tersebut)\b/gi;
const ENGLISH = /\b(?:the|and|of|to|in|with|for|from|this|that|will|also)\b/gi;

function language(text: string): "id" | "en" {
  return (text.match(ENGLISH)?.length ?? 0) > (text.match(INDONESIAN)?.length ?? 0) ? "en" : "id";
}

const MONTHS_EN = [
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
];

/** "2020-12-03" → "3 December". */
function longDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS_EN[Number(date.slice(5, 7)) - 1] ?? ""}`;
}

/** The publication date: a full date at the head of the page, else the latest dateline of the text. */
function publicationDate(text: string, lines: string[]): { date: PrintedDate; note: string } | undefined {
  const dates = printedDates(text, yearContext(text));
  const headEnd = lines.slice(0, 8).join("\n").length;
  const head = dates.find((d) => d.rule === "date.full" && d.start <= headEnd);
  if (head) return { date: head, note: `Printed '${head.printed}' at the head of the article` };
  const datelines = dates.filter((d) => /\(/.test(d.printed));
  const latest = datelines.reduce<PrintedDate | undefined>(
    (a, d) => (!a || d.date >= a.date ? d : a),
    undefined,
  );
  if (!latest) return undefined;
  const others = datelines.filter((d) => d !== latest).map((d) => `'${d.printed}'`);
  const why =
    latest.rule === "date.full"
      ? `The article prints '${latest.printed}'`
      : `The article prints '${latest.printed}' without a year; ${latest.date.slice(0, 4)} is the year nearest ${latest.yearFrom} on which ${longDate(latest.date)} falls on that weekday`;
  const also =
    others.length > 0 ? `; the latest of its datelines (also ${[...new Set(others)].join(", ")})` : "";
  return { date: latest, note: `${why}${also}; taken as the publication date (it may be a little later)` };
}

/** The source block of a draft: what the caller gave, and what the page says for the rest. */
export function readSource(text: string, given: DraftMetadata): DraftSource {
  const lines = text.split("\n");
  const rules: Record<string, string> = {};
  const take = <T>(field: string, value: T | undefined, found: () => Found<T> | undefined): T | undefined => {
    if (value !== undefined) {
      rules[field] = "given";
      return value;
    }
    const f = found();
    if (f) rules[field] = f.rule;
    return f?.value;
  };
  const publisher =
    take("publisher", given.publisher, () => publisherFromUrl(given.url) ?? publisherFromText(lines)) ??
    "Unknown publisher";
  if (!rules.publisher) rules.publisher = "none found: give --publisher";
  const title =
    take("title", given.title, () => headline(lines, publisher) ?? titleFromUrl(given.url)) ??
    take("title", undefined, () => firstSentenceTitle(text)) ??
    "Untitled";
  const people = byline(lines);
  const author = people.author?.value ?? (people.editor ? `${people.editor.value} (editor)` : undefined);
  if (author) rules.author = people.author?.rule ?? "author.editor-line";
  const dated = given.publishedOn === undefined ? publicationDate(text, lines) : undefined;
  const publishedOn = given.publishedOn ?? dated?.date.date;
  if (publishedOn)
    rules.publishedOn = given.publishedOn !== undefined ? "given" : (dated?.date.rule ?? "given");
  const base = [slug(publisher), publishedOn ?? "undated", slug(title).split("-").slice(0, 6).join("-")].join(
    "-",
  );
  return {
    id: `source:${base}`,
    publisher,
    title,
    ...(publishedOn ? { publishedOn } : {}),
    ...(dated ? { dateNote: dated.note } : {}),
    language: language(text),
    ...(author ? { author } : {}),
    ...(people.editor ? { editor: people.editor.value } : {}),
    ...(given.url ? { url: given.url } : {}),
    rules,
  };
}
