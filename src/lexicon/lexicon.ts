import {
  defaultCaseRule,
  PhraseMatcher,
  tokenize,
  type CaseRule,
  type PhraseMatch,
  type Token,
} from "./phrases.js";
import { TERMS, type Term, type TermCategory } from "./terms.js";

/**
 * Lookups over the lexicon (terms.ts): the forms of a term in both languages, the terms a word or phrase is
 * a form of, and the terms found in a text.
 */

/** Lowercase, one space between words, hyphens as spaces: the key forms are compared by. */
export function normalizeTerm(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.text.toLowerCase())
    .join(" ");
}

/** Every form of a term: its English name, its Indonesian forms and its other English forms. */
export function termForms(term: Term): string[] {
  return [...new Set([term.en, ...term.id, ...(term.english ?? [])])];
}

function buildIndex(): Map<string, Term[]> {
  const index = new Map<string, Term[]>();
  for (const term of TERMS) {
    for (const form of termForms(term)) {
      const key = normalizeTerm(form);
      const list = index.get(key) ?? [];
      if (!list.includes(term)) list.push(term);
      index.set(key, list);
    }
  }
  return index;
}

const INDEX = buildIndex();

/** The terms a word or phrase is a form of, in any case: "nikel", "Nickel" and "NICKEL" → Nickel. */
export function lookupTerm(phrase: string, category?: TermCategory): Term[] {
  const terms = INDEX.get(normalizeTerm(phrase)) ?? [];
  return category === undefined ? terms : terms.filter((t) => t.category === category);
}

/** The term with this key (commodity:nickel, title:director-general, ...). */
export function termByKey(key: string): Term | undefined {
  return TERMS.find((t) => t.key === key);
}

/**
 * The other forms of the terms a word or phrase is a form of, in both languages, for search to expand a
 * query with: equivalents("nikel") is ["Nickel", "nickel"]; equivalents("kerja sama") has "cooperation".
 * Empty when the lexicon does not know the word.
 */
export function equivalents(word: string): string[] {
  const key = normalizeTerm(word);
  const forms = lookupTerm(word).flatMap(termForms);
  const seen = new Set([key]);
  return forms.filter((form) => {
    const k = normalizeTerm(form);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export interface TermMatch extends PhraseMatch<Term> {
  /** The text as written. */
  text: string;
}

function matcherFor(categories: readonly TermCategory[], caseRule?: CaseRule): PhraseMatcher<Term> {
  const matcher = new PhraseMatcher<Term>();
  for (const term of TERMS) {
    if (!categories.includes(term.category)) continue;
    for (const form of termForms(term)) matcher.add(form, term, caseRule ?? defaultCaseRule(form));
  }
  return matcher;
}

const MATCHERS = new Map<string, PhraseMatcher<Term>>();
const ALL_CATEGORIES: TermCategory[] = ["commodity", "topic", "instrument", "title", "facility"];

export interface FindTermsOptions {
  categories?: readonly TermCategory[];
  /** "capitalised" for titles, which are proper nouns in a name ("Menteri Perindustrian"). */
  caseRule?: CaseRule;
  /** The text's tokens, when the caller has them already. */
  tokens?: readonly Token[];
  /** Every match, also those inside or across longer ones (the caller chooses among them). */
  overlapping?: boolean;
}

/**
 * The terms in a text, longest first where forms overlap ("daur ulang baterai" is battery recycling, not
 * recycling and a battery). Acronym forms match letter for letter, others in any case unless `caseRule`
 * says otherwise.
 */
export function findTerms(text: string, options: FindTermsOptions = {}): TermMatch[] {
  const categories = options.categories ?? ALL_CATEGORIES;
  const cacheKey = `${categories.join(",")}/${options.caseRule ?? ""}`;
  let matcher = MATCHERS.get(cacheKey);
  if (!matcher) {
    matcher = matcherFor(categories, options.caseRule);
    MATCHERS.set(cacheKey, matcher);
  }
  const tokens = options.tokens ?? tokenize(text);
  return (options.overlapping ? matcher.matchAll(tokens) : matcher.findLongest(tokens)).map((m) => ({
    ...m,
    text: text.slice(m.start, m.end),
  }));
}
