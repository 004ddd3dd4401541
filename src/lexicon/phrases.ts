/**
 * Finding fixed phrases (lexicon forms, gazetteer names, the graph's names and aliases) in news text on word
 * boundaries. Text and phrases are cut into the same tokens, so a phrase matches whole words only, and the
 * gaps between its words compare loosely: any run of spaces is one space (a line break stays a line break)
 * and a hyphen is a space ("cold-rolled coil" = "cold rolled coil", "Covid-19" = "Covid 19"), while other punctuation must be
 * there ("Ketahanan, Perwilayahan, dan Akses").
 */

export interface Token {
  /** The token as written. */
  text: string;
  start: number;
  end: number;
  /** The gap before it (the text between the previous token and this one), normalised by `normalGap`. */
  gap: string;
}

/** Letters and digits, with inner slashes, apostrophes and dots kept: "AM/NS", "People's", "S.A", "13.000". */
const TOKEN = /[\p{L}\p{N}]+(?:['’/.][\p{L}\p{N}]+)*/gu;

/** A line break stays one, so that no name runs from a headline or caption into the next line. */
function normalGap(gap: string): string {
  const spaced = gap.replace(/\s*-\s*/g, " ");
  return /\n/.test(spaced)
    ? spaced.replace(/[^\S\n]*\n\s*/g, "\n").replace(/[^\S\n]+/g, " ")
    : spaced.replace(/\s+/g, " ");
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      gap: normalGap(text.slice(last, m.index)),
    });
    last = m.index + m[0].length;
  }
  return tokens;
}

/**
 * How a phrase must be written in the text to match:
 * - "exact": letter for letter (acronyms: "CRC", "AS", "MoU" are not the words "crc", "as", "mou");
 * - "capitalised": any case, but a word the phrase capitalises must be capitalised (or in capitals) in the
 *   text, as proper nouns are ("Medan", "MEDAN"; not the common word "medan"; "Industri Logam, Mesin, ...,
 *   dan Elektronika" with its lowercase "dan");
 * - "any": any case (common nouns: "nikel", "Nikel", "NIKEL").
 */
export type CaseRule = "exact" | "capitalised" | "any";

/** All capitals (and digits), at least two letters: an acronym such as "INALUM", "MIND", "B20". */
export function isAcronym(word: string): boolean {
  return /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}/.&-]+$/u.test(word);
}

/** The rule a phrase gets by default: acronyms and mixed-case words like "MoU" exactly, others in any case. */
export function defaultCaseRule(phrase: string): CaseRule {
  const words = phrase.split(/\s+/);
  return words.some((w) => isAcronym(w) || /\p{Ll}\p{Lu}/u.test(w)) ? "exact" : "any";
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  value: T;
  /** The phrase as given to the matcher. */
  phrase: string;
}

interface Entry<T> {
  phrase: string;
  words: string[];
  gaps: string[];
  caseRule: CaseRule;
  value: T;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^\p{N}/u.test(word);
}

function wordMatches(written: string, phraseWord: string, rule: CaseRule): boolean {
  if (rule === "exact") return written === phraseWord;
  if (written.toLowerCase() !== phraseWord.toLowerCase()) return false;
  return rule === "any" || !isCapitalised(phraseWord) || isCapitalised(written);
}

/** A set of phrases with a value each, found in text longest first. */
export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();

  add(phrase: string, value: T, caseRule: CaseRule = defaultCaseRule(phrase)): this {
    const tokens = tokenize(phrase);
    const first = tokens[0];
    if (!first) return this;
    const entry: Entry<T> = {
      phrase,
      words: tokens.map((t) => t.text),
      gaps: tokens.slice(1).map((t) => t.gap),
      caseRule,
      value,
    };
    const key = first.text.toLowerCase();
    const list = this.byFirstWord.get(key) ?? [];
    list.push(entry);
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirstWord.set(key, list);
    return this;
  }

  /** Every match starting at each token (several phrases may match at one place: all are returned). */
  matchAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    tokens.forEach((token, i) => {
      for (const entry of this.byFirstWord.get(token.text.toLowerCase()) ?? []) {
        const to = i + entry.words.length;
        if (to > tokens.length) continue;
        const ok = entry.words.every((w, k) => {
          const t = tokens[i + k];
          return (
            t !== undefined &&
            wordMatches(t.text, w, entry.caseRule) &&
            (k === 0 || t.gap === entry.gaps[k - 1])
          );
        });
        const last = tokens[to - 1];
        if (ok && last)
          found.push({
            start: token.start,
            end: last.end,
            from: i,
            to,
            value: entry.value,
            phrase: entry.phrase,
          });
      }
    });
    return found;
  }

  /** The longest matches that do not overlap, earliest first (a longer match hides those inside it). */
  findLongest(tokens: readonly Token[]): PhraseMatch<T>[] {
    return longestFirst(this.matchAll(tokens));
  }
}

/** Keeps the longest of overlapping matches (then the earliest), returned in text order. */
export function longestFirst<M extends { start: number; end: number }>(matches: readonly M[]): M[] {
  const ordered = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: M[] = [];
  for (const m of ordered) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
