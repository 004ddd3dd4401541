import { equivalents, lookupTerm } from "../lexicon/lexicon.js";
import { tokenize } from "../lexicon/phrases.js";
import { STOP_WORDS } from "../lexicon/stopwords.js";
import { LIMITS } from "../limits.js";
import { ok, refused, type Result } from "../model/problems.js";

/**
 * How a search query becomes Lucene queries (src/graph/search.ts runs them). Nothing typed can change a
 * query's structure: Lucene's syntax characters are dropped before anything else.
 *
 * The query is cut into units: a run of words the lexicon knows as one term ("kerja sama", "Direktur
 * Jenderal", "nikel"), with the term's forms in both languages as alternatives, or one other word. Stop
 * words of both languages that are not part of a term are dropped. Then one Lucene query per match class,
 * best first, each searched in the name, the aliases (both weighted up) and the description:
 *
 * - PHRASE: the words in the order typed (the stop words dropped may stand between them), or, for a query
 *   that is one term, any of its forms as a phrase;
 * - ALL_WORDS: every unit matches (in any of its forms, a word also as the start of a longer word);
 * - SOME_WORDS: at least one unit matches;
 * - FUZZY: the words typed within edit distance 1 (5 letters or more) or 2 (8 or more), run only when the
 *   others find fewer than `LIMITS.searchFewHits` entities.
 *
 * An entity whose name or an alias is what was typed (an acronym such as "UNIDO", an exact name) is EXACT,
 * above all others.
 */

export const MATCH_CLASSES = ["EXACT", "PHRASE", "ALL_WORDS", "SOME_WORDS", "FUZZY"] as const;
export type MatchClass = (typeof MATCH_CLASSES)[number];

export interface SearchUnit {
  /** The words as typed, lowercased. */
  words: string[];
  /** Whether the lexicon knows them as a term (then they are not corrected as typos). */
  term: boolean;
  /** The lexicon's other forms of the term these words are, lowercased, each a list of words. */
  alternatives: string[][];
}

export interface LucenePass {
  match: MatchClass;
  lucene: string;
  fuzzy?: boolean;
}

/** A Lucene query, or an exact name (`name`: an entity named or aliased so), and what its hits count as. */
export interface SearchPass {
  match: MatchClass;
  lucene?: string;
  name?: string;
  /** A fuzzy pass counts only when the others found fewer than `LIMITS.searchFewHits` (with `gate`). */
  fuzzy?: boolean;
}

export interface SearchPlan {
  /** What was typed, lowercased with single spaces: an entity named or aliased so is EXACT. */
  exact: string;
  units: SearchUnit[];
  /** Best class first; FUZZY last, when there is a word long enough. */
  passes: LucenePass[];
}

const SYNTAX = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lowercase words with Lucene's syntax characters taken out. */
export function searchWords(text: string): string[] {
  return tokenize(text.toLowerCase().replace(SYNTAX, " ")).map((t) => t.text);
}

/** The longest runs of words the lexicon knows as a term, left to right; other words one by one. */
function unitsOf(words: readonly string[], stopWords: ReadonlySet<string>): SearchUnit[] {
  const units: SearchUnit[] = [];
  let i = 0;
  while (i < words.length) {
    let taken = 0;
    for (let n = Math.min(LIMITS.searchTermWords, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n);
      if (phrase.every((w) => stopWords.has(w) || STOP_WORDS.has(w))) continue;
      if (lookupTerm(phrase.join(" ")).length === 0) continue;
      const typed = phrase.join(" ");
      const alternatives = new Map<string, string[]>();
      for (const form of equivalents(typed)) {
        const formWords = searchWords(form);
        const key = formWords.join(" ");
        if (formWords.length > 0 && key !== typed) alternatives.set(key, formWords);
      }
      units.push({
        words: phrase,
        term: true,
        alternatives: [...alternatives.values()].slice(0, LIMITS.searchEquivalents),
      });
      taken = n;
      break;
    }
    if (taken === 0) {
      const word = words[i] ?? "";
      if (!stopWords.has(word) && !STOP_WORDS.has(word))
        units.push({ words: [word], term: false, alternatives: [] });
      taken = 1;
    }
    i += taken;
  }
  return units;
}

const phrase = (words: readonly string[], slop = 0) => `"${words.join(" ")}"${slop > 0 ? `~${slop}` : ""}`;

/**
 * A word the lexicon does not know, exactly (analysed, so stems match) or as the start of a word; a term's
 * form, in either language, exactly ("tin" is not the start of "tinggi"); several words, as a phrase.
 */
const form = (words: readonly string[], typed: boolean) => {
  const [only] = words;
  if (words.length !== 1 || only === undefined) return phrase(words);
  return typed ? `${only} ${only}*` : only;
};

/** A full-text index's field and its weight. */
export interface SearchField {
  name: string;
  boost: number;
}

/** An entity's name and aliases count four times its description. */
export const ENTITY_FIELDS: readonly SearchField[] = [
  { name: "name", boost: 4 },
  { name: "aliases", boost: 4 },
  { name: "description", boost: 1 },
];

/** A quote: its one field. */
export const QUOTE_FIELDS: readonly SearchField[] = [{ name: "quote", boost: 1 }];

const fieldsQuery = (fields: readonly SearchField[], alternatives: string) =>
  fields.map((f) => `${f.name}:(${alternatives})${f.boost === 1 ? "" : `^${f.boost}`}`).join(" ");

/** `word~1` from five letters, `word~2` from eight: shorter words have too many neighbours. */
export function fuzzyDistance(word: string): number {
  if (word.length >= LIMITS.searchFuzzy2Length) return 2;
  if (word.length >= LIMITS.searchFuzzy1Length) return 1;
  return 0;
}

/** Refuses a query too long, or one with nothing but stop words or punctuation. */
export function planSearch(
  text: string,
  stopWords: ReadonlySet<string>,
  fields: readonly SearchField[] = ENTITY_FIELDS,
): Result<SearchPlan> {
  const inFields = (alternatives: string) => fieldsQuery(fields, alternatives);
  const unitClause = (unit: SearchUnit) =>
    `(${inFields([form(unit.words, !unit.term), ...unit.alternatives.map((a) => form(a, false))].join(" "))})`;
  if (text.length > LIMITS.searchLength) return refused(`must be at most ${LIMITS.searchLength} characters`);
  const words = searchWords(text);
  if (words.length === 0) return refused("must contain at least one letter or digit");
  if (words.length > LIMITS.searchWords) return refused(`must be at most ${LIMITS.searchWords} words`);
  const units = unitsOf(words, stopWords);
  if (units.length === 0) return refused("has only common words such as 'dan' or 'the'; add a name");

  const passes: LucenePass[] = [];
  const [single] = units;
  if (units.length === 1 && single && single.words.length > 1) {
    passes.push({
      match: "PHRASE",
      lucene: inFields([single.words, ...single.alternatives].map(phrase).join(" ")),
    });
  } else if (units.length > 1) {
    // The stop words dropped between the first and the last word may stand between them in the text too.
    const typed = units.flatMap((u) => u.words);
    passes.push({
      match: "PHRASE",
      lucene: inFields(phrase(typed, Math.max(0, words.length - typed.length))),
    });
    passes.push({ match: "ALL_WORDS", lucene: units.map((u) => `+${unitClause(u)}`).join(" ") });
  }
  passes.push({ match: "SOME_WORDS", lucene: units.map(unitClause).join(" ") });
  // A term the lexicon knows is no typo; other words long enough may be.
  if (units.some((u) => !u.term && u.words.some((w) => fuzzyDistance(w) > 0))) {
    const clause = (u: SearchUnit) =>
      u.term
        ? unitClause(u)
        : `(${inFields(u.words.map((w) => (fuzzyDistance(w) > 0 ? `${w}~${fuzzyDistance(w)}` : w)).join(" "))})`;
    passes.push({ match: "FUZZY", lucene: units.map(clause).join(" "), fuzzy: true });
  }
  return ok({ exact: text.trim().toLowerCase().replace(/\s+/g, " "), units, passes });
}

/**
 * The passes a search runs, best first: an exact name, then the plan's Lucene queries. With `corrected`
 * (the plan of the suggestion, when the fuzzy pass was needed), the corrected query's passes come before the
 * fuzzy one, all counting as FUZZY: "Kemenprin" lists the ministry itself first.
 */
export function searchPasses(plan: SearchPlan, corrected?: SearchPlan): SearchPass[] {
  const exact: SearchPass = { match: "EXACT", name: plan.exact };
  if (!corrected) return [exact, ...plan.passes];
  return [
    exact,
    ...plan.passes.filter((p) => !p.fuzzy),
    { match: "FUZZY", name: corrected.exact, fuzzy: true },
    ...corrected.passes.filter((p) => !p.fuzzy).map((p) => ({ ...p, match: "FUZZY" as const, fuzzy: true })),
    ...plan.passes.filter((p) => p.fuzzy),
  ];
}
