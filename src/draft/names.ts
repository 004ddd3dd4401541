import { isAcronym, type Token } from "../lexicon/phrases.js";
import { lookupTerm } from "../lexicon/lexicon.js";
import { HONORIFICS, INSTITUTION_WORDS, MONTHS, NOT_NAME_WORDS } from "./vocabulary.js";

/**
 * Reading people's names from tokens: one to four capitalised words with single spaces between them,
 * initials allowed ("Eko SA Cahyanto", "Oggy A. Kosasih", "OK Irwansyah"), honorifics before them dropped
 * ("Bapak", "Dr.", "Ir. H."); a name ends at a comma, so degrees after it stay out ("Budi Santoso, S.T.").
 * A title is no name ("kata Direktur …").
 */

export interface TokenRange {
  /** First token and one past the last. */
  from: number;
  to: number;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** An initial or a short all-capitals part of a name: "A", "A.", "SA", "OK". */
function isInitial(word: string): boolean {
  return /^\p{Lu}{1,3}\.?$/u.test(word) || /^(?:\p{Lu}\.){1,3}$/u.test(word);
}

/** A word that may be part of a person's name. */
export function isNameWord(token: Token, position: number): boolean {
  const w = token.text;
  if (!isCapitalised(w) || NOT_NAME_WORDS.has(w) || INSTITUTION_WORDS.has(w)) return false;
  if (position === 0 && MONTHS.has(w)) return false;
  if (/\d/.test(w) || lookupTerm(w, "title").length > 0) return false;
  // Acronyms of four or more capitals are organizations (INALUM, UNIDO), not names; initials are short.
  if (isAcronym(w) && !isInitial(w)) return false;
  return position > 0 || !isInitial(w) || w.length >= 2;
}

/** Between two words of one name only a space, or a dot after an initial ("Oggy A. Kosasih"). */
function joinsName(gap: string, previous?: string): boolean {
  return gap === " " || (gap === ". " && previous !== undefined && isInitial(previous));
}

/** The honorifics at `i` ("Bapak", "Dr.", "Ir. H."), skipped: the index of the first word after them. */
export function skipHonorifics(tokens: readonly Token[], i: number): number {
  let k = i;
  while (
    k < tokens.length - 1 &&
    HONORIFICS.test(tokens[k]?.text ?? "") &&
    /^\.? $/.test(tokens[k + 1]?.gap ?? "")
  )
    k++;
  return k;
}

/** A person's name starting at token `i` (after any honorifics), or undefined. */
export function readName(tokens: readonly Token[], i: number, max = 4): TokenRange | undefined {
  const from = skipHonorifics(tokens, i);
  let to = from;
  while (to < tokens.length && to - from < max) {
    const t = tokens[to];
    if (!t || !isNameWord(t, to - from) || (to > from && !joinsName(t.gap, tokens[to - 1]?.text))) break;
    to++;
  }
  // A name does not end in an initial ("Budi S." is cut short), and one initial alone is no name.
  while (to > from && isInitial(tokens[to - 1]?.text ?? "") && to - from > 1) to--;
  if (to === from || (to - from === 1 && isInitial(tokens[from]?.text ?? ""))) return undefined;
  return { from, to };
}

/** Academic degrees after a name: "S.T", "M.Si", "S.E", "Ph.D", "MBA" (tokens keep their inner dots). */
const DEGREE = /^(?:[SMD]\.\p{Lu}[\p{L}.]*|Ph\.D|MBA|MSc|BSc|LLM)$/u;

/** A person's name ending just before token `end` (reading backwards, over degrees after it), or undefined. */
export function readNameBefore(tokens: readonly Token[], stop: number, max = 4): TokenRange | undefined {
  let end = stop;
  while (end > 1 && DEGREE.test(tokens[end - 1]?.text ?? "") && /^\.?,/.test(tokens[end - 1]?.gap ?? ""))
    end--;
  let from = end;
  while (from > 0 && end - from < max) {
    const t = tokens[from - 1];
    if (!t || !isNameWord(t, 1)) break;
    if (from < end && !joinsName(tokens[from]?.gap ?? "", t.text)) break;
    from--;
  }
  if (from === end) return undefined;
  const name = readName(tokens, from, max);
  return name && name.to === end ? name : undefined;
}
