import type { Sentence } from "./types.js";

/**
 * Splits cleaned article text into sentences with their offsets. A line break always ends one (headlines,
 * captions and datelines have no full stop). Inside a line a sentence ends at . ! or ? (and any closing
 * quote) followed by a space and a capital, a digit or an opening quote, except after the abbreviations
 * Indonesian news uses ("No.", "PT.", "Tbk.", "Dr.", an initial such as "A."); "13.000" and "2,5" never
 * end one since no space follows their mark.
 */

/** Abbreviations written with a full stop, compared without it and case-insensitively. */
const ABBREVIATIONS = new Set(
  [
    // Legal and corporate
    "no",
    "pt",
    "tbk",
    "cv",
    "co",
    "ltd",
    "inc",
    "corp",
    "th",
    "thn",
    "kep",
    // Titles and honorifics
    "dr",
    "drs",
    "dra",
    "ir",
    "prof",
    "h",
    "hj",
    "kh",
    "bpk",
    "sdr",
    "mr",
    "mrs",
    "ms",
    "st",
    "se",
    "sh",
    "mh",
    "mm",
    "msi",
    "mt",
    "phd",
    "jend",
    "brigjen",
    "kol",
    "letjen",
    "mayjen",
    // Places and addresses
    "jl",
    "jln",
    "kab",
    "kec",
    "kel",
    "prov",
    "rt",
    "rw",
    // Money
    "rp",
    // Latin and Indonesian shorthand
    "dll",
    "dsb",
    "dkk",
    "dst",
    "vs",
    "yth",
    "a.n",
    "u.p",
    "s.d",
    "sbg",
    "tsb",
  ].map((a) => a.toLowerCase()),
);

const END = /[.!?]["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\d])/gu;

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
  if (word === "") return false;
  // A single capital letter is an initial ("Oggy A. Kosasih", "Eko S.A. Cahyanto").
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, ""));
}

/** Sentence ends inside one line of text, as offsets just after each sentence's last character. */
function endsInLine(line: string): number[] {
  const ends: number[] = [];
  for (const m of line.matchAll(END)) {
    const at = m.index;
    if (line[at] === "." && endsWithAbbreviation(line.slice(0, at))) continue;
    ends.push(at + m[0].length);
  }
  return ends;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    let from = 0;
    for (const end of [...endsInLine(line), line.length]) {
      const raw = line.slice(from, end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body !== "") {
        const start = lineStart + from + lead;
        sentences.push({ index: sentences.length, start, end: start + body.length, text: body });
      }
      from = end;
    }
    lineStart += line.length + 1;
  }
  return sentences;
}

/** The sentence that contains an offset (the last one starting at or before it). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let found: Sentence | undefined;
  for (const s of sentences) {
    if (s.start > offset) break;
    found = s;
  }
  return found;
}
