import { slugify } from "../model/ids.js";
import { COUNTRIES } from "../gazetteer/countries.js";
import { lookupTerm } from "../lexicon/lexicon.js";
import { isAcronym, tokenize, type Token } from "../lexicon/phrases.js";
import type { ORGANIZATION_TYPES } from "../model/format.js";
import type { EntityCandidate, EntityDraftOf } from "./candidates.js";
import { isCapitalised, type TokenRange } from "./names.js";
import { areaNameEnd } from "./places.js";
import { INSTITUTION_WORDS, NAME_JOINERS } from "./vocabulary.js";
import type { Span } from "./types.js";

/**
 * New organizations by the shape of their names: a head word that says what they are ("PT …", "Kementerian
 * …", "Direktorat Jenderal …", "Badan …", "Dinas …", "Pemerintah Kabupaten …", "Universitas …",
 * "Kelompok …"), a foreign company's suffix ("… Co., Ltd", "… Corporation", "… Limited", "… Inc."), or an
 * acronym the text gives in brackets ("Indonesia Asahan Aluminium (INALUM)", "(MIND ID)") or after "atau".
 */

export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

interface Head {
  type: OrganizationType;
  rule: string;
  /** Words after the head: any capitalised word (company names) or institution words only (government). */
  words: "any" | "institution";
}

const HEADS: Record<string, Head> = {
  PT: { type: "COMPANY", rule: "org.pt", words: "any" },
  Kementerian: { type: "MINISTRY", rule: "org.ministry", words: "institution" },
  Kementrian: { type: "MINISTRY", rule: "org.ministry", words: "institution" },
  Kemenko: { type: "MINISTRY", rule: "org.ministry", words: "institution" },
  Direktorat: { type: "DIRECTORATE_GENERAL", rule: "org.directorate", words: "institution" },
  Sekretariat: { type: "SECRETARIAT_GENERAL", rule: "org.secretariat", words: "institution" },
  Badan: { type: "GOVERNMENT", rule: "org.agency", words: "institution" },
  Dinas: { type: "GOVERNMENT", rule: "org.agency", words: "institution" },
  Lembaga: { type: "GOVERNMENT", rule: "org.agency", words: "institution" },
  Komisi: { type: "GOVERNMENT", rule: "org.agency", words: "institution" },
  Otorita: { type: "GOVERNMENT", rule: "org.agency", words: "institution" },
  Pemerintah: { type: "GOVERNMENT", rule: "org.local-government", words: "any" },
  Pemkab: { type: "GOVERNMENT", rule: "org.local-government", words: "any" },
  Pemprov: { type: "GOVERNMENT", rule: "org.local-government", words: "any" },
  Pemkot: { type: "GOVERNMENT", rule: "org.local-government", words: "any" },
  Universitas: { type: "UNIVERSITY", rule: "org.university", words: "any" },
  Institut: { type: "UNIVERSITY", rule: "org.university", words: "any" },
  Politeknik: { type: "UNIVERSITY", rule: "org.university", words: "any" },
  Kelompok: { type: "COMMUNITY_GROUP", rule: "org.community-group", words: "any" },
  Koperasi: { type: "COMMUNITY_GROUP", rule: "org.community-group", words: "any" },
  Gapoktan: { type: "COMMUNITY_GROUP", rule: "org.community-group", words: "any" },
  Asosiasi: { type: "COMMUNITY_GROUP", rule: "org.association", words: "any" },
  Gabungan: { type: "COMMUNITY_GROUP", rule: "org.association", words: "any" },
  Himpunan: { type: "COMMUNITY_GROUP", rule: "org.association", words: "any" },
  Perhimpunan: { type: "COMMUNITY_GROUP", rule: "org.association", words: "any" },
  Ikatan: { type: "COMMUNITY_GROUP", rule: "org.association", words: "any" },
  Yayasan: { type: "COMMUNITY_GROUP", rule: "org.association", words: "any" },
};

/** Suffixes of company names abroad, read backwards to the start of the name. */
const COMPANY_SUFFIXES = [
  ["Co", "Ltd"],
  ["Co", "Limited"],
  ["Pte", "Ltd"],
  ["Sdn", "Bhd"],
  ["Corporation"],
  ["Corp"],
  ["Limited"],
  ["Ltd"],
  ["Inc"],
  ["Holdings"],
  ["Group"],
  ["Grup"],
  ["GmbH"],
  ["LLC"],
  ["PLC"],
];

/** English words that make a bracketed acronym's name an organization's. */
const ORGANIZATION_NOUNS =
  /\b(?:Organi[sz]ation|Agency|Association|Corporation|Company|Institute|Council|Commission|Authority|Ministry|Bank|Fund|Federation|Holding|Group|Grup|Forum|Chamber|Administration|Office|Board|Kementerian|Badan|Dinas|Lembaga|Komisi|Asosiasi|Gabungan|Himpunan|Perusahaan|Perseroan)\b/u;

/** Countries named at the end of a name ("… Information Technology China"): the body is that country's. */
/** A country's name as one word ("Jepang", "Tiongkok", "Japan"). */
function isCountryName(word: string): boolean {
  return COUNTRIES.some((c) => c.name === word || c.names.includes(word));
}

function countryIn(name: string): string | undefined {
  for (const c of COUNTRIES) {
    if (!c.iso) continue;
    for (const n of [c.name, ...c.names]) {
      if (n.length >= 4 && new RegExp(`(?:^|\\s)${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`).test(name))
        return c.iso;
    }
  }
  return undefined;
}

/** What kind of organization a name says it is, and of which country. */
export function inferOrganization(name: string): { type: OrganizationType; country?: string } {
  const country = countryIn(name);
  const foreign = country !== undefined && country !== "ID";
  const first = name.split(/\s+/)[0] ?? "";
  const head = HEADS[first];
  if (/\(Persero\)/.test(name)) return { type: "STATE_OWNED_ENTERPRISE", country: "ID" };
  if (/\bHolding\b/.test(name)) {
    const indonesian = /^PT\b|\bIndonesia\b/.test(name);
    return { type: "HOLDING", ...(country ? { country } : indonesian ? { country: "ID" } : {}) };
  }
  if (/^Direktorat Jenderal\b/.test(name)) return { type: "DIRECTORATE_GENERAL", country: "ID" };
  if (
    /\b(?:United Nations|International|World|Asian|Global)\b/.test(name) &&
    /Organi[sz]ation|Agency|Bank|Fund|Forum/.test(name)
  ) {
    return { type: "INTERNATIONAL_ORGANIZATION" };
  }
  if (head && (head.type === "MINISTRY" || head.type === "GOVERNMENT") && foreign) {
    return { type: "FOREIGN_GOVERNMENT_BODY", country };
  }
  if (head) return { type: head.type, country: country ?? "ID" };
  if (/\b(?:Ministry|Department)\b/.test(name))
    return { type: foreign ? "FOREIGN_GOVERNMENT_BODY" : "MINISTRY", ...(country ? { country } : {}) };
  return { type: "COMPANY", ...(country ? { country } : {}) };
}

/** A company's name without "PT", "(Persero)" and "Tbk": "PT Krakatau Steel (Persero) Tbk" → "Krakatau Steel". */
function coreName(name: string): string {
  return name
    .replace(/^PT\.?\s+/, "")
    .replace(/\s*\(Persero\)/, "")
    .replace(/,?\s*Tbk\.?$/, "");
}

/** The id of an organization: its acronym where it has one (org:inalum), else its name without "PT"/"Tbk". */
export function organizationId(name: string, acronym?: string): string {
  return `org:${slugify(acronym ?? coreName(name))}`;
}

/**
 * The names an article may use again for an organization: its acronyms, and a company's core name, as
 * articles name "PT Krakatau Steel (Persero) Tbk" once and "Krakatau Steel" after it (a core name that is
 * an industry term, "PT Timah" → "Timah", stays out: the word names the commodity too).
 */
function organizationAliases(name: string, acronyms: readonly string[]): string[] {
  const core = coreName(name);
  const usable = core !== name && /\s/.test(core) && lookupTerm(core).length === 0;
  return [...new Set([...acronyms, ...(usable ? [core] : [])])];
}

/** The acronyms among an organization draft's aliases: all but the core name organizationAliases adds. */
function acronymsOf(entity: { name: string; aliases: readonly string[] }): string[] {
  return entity.aliases.filter((a) => a !== coreName(entity.name));
}

export function organizationDraft(name: string, acronyms: string[] = []): EntityDraftOf {
  const { type, country } = inferOrganization(name);
  return {
    kind: "Organization",
    id: organizationId(name, acronyms[0]),
    name,
    aliases: organizationAliases(name, acronyms),
    type,
    ...(country ? { country } : {}),
  };
}

const wordAt = (tokens: readonly Token[], i: number) => tokens[i]?.text ?? "";

/** Whether token `i` can continue a name of the given kind (after the head). */
function continues(tokens: readonly Token[], i: number, words: Head["words"]): boolean {
  const t = tokens[i];
  if (!t || !(t.gap === " " || t.gap === ", " || t.gap === ". ")) return false;
  if (NAME_JOINERS.has(t.text)) {
    return t.text !== "of" || words === "any"
      ? continues(tokens, i + 1, words) || isCapitalised(wordAt(tokens, i + 1))
      : false;
  }
  if (!isCapitalised(t.text) || t.text === "Nomor") return false;
  // A comma continues a name only into the next item of its own list ("Logam, Mesin, ..., dan Elektronika").
  if (t.gap === ", " && !INSTITUTION_WORDS.has(t.text)) return false;
  if (words === "any") return !lookupTerm(t.text, "title").length;
  return INSTITUTION_WORDS.has(t.text) || isAcronym(t.text) || lookupTerm(t.text, "commodity").length > 0;
}

/** The tokens of a name from its head at `i`, with "(Persero)" and "Tbk" after it. */
function readHeadName(tokens: readonly Token[], i: number, head: Head): { range: TokenRange } {
  let to = i + 1;
  // "Direktorat Jenderal", "Pemerintah Kabupaten": the second word belongs to the head.
  while (continues(tokens, to, head.words)) to++;
  while (to > i + 1 && NAME_JOINERS.has(wordAt(tokens, to - 1))) to--;
  // "Dinas Energi dan Sumber Daya Mineral Jawa Barat": a region's office takes the region's name.
  if (head.words === "institution" && tokens[to]?.gap === " ") to = Math.max(to, areaNameEnd(tokens, to));
  if (wordAt(tokens, to) === "Persero" && tokens[to]?.gap.includes("(")) to++;
  if (wordAt(tokens, to) === "Tbk") to++;
  return { range: { from: i, to } };
}

function spanOf(tokens: readonly Token[], range: TokenRange, text: string): Span {
  const start = tokens[range.from]?.start ?? 0;
  let end = tokens[range.to - 1]?.end ?? start;
  // "(Persero)" and "Tbk." keep their closing bracket and full stop.
  if (text[end] === ")" && text.slice(start, end).includes("(")) end++;
  if (text.slice(end - 3, end) === "Tbk" && text[end] === ".") end++;
  return { start, end };
}

/** A short name in brackets: an acronym ("INALUM", "MIND ID") or one capitalised word ("Kemenperin"). */
function isShortName(word: string): boolean {
  return (
    isAcronym(word) || (/^\p{Lu}\p{Ll}+$/u.test(word) && word !== "Persero" && !INSTITUTION_WORDS.has(word))
  );
}

/** Bracketed acronym right after token `to - 1`: "(INALUM)", "(MIND ID)". Returns it and the tokens it takes. */
export function bracketAcronym(
  text: string,
  tokens: readonly Token[],
  to: number,
): { acronym: string; to: number } | undefined {
  const first = tokens[to];
  if (!first || !/\(\s*$/.test(first.gap) || !isShortName(first.text)) return undefined;
  let end = to + 1;
  while (tokens[end] && tokens[end]?.gap === " " && isAcronym(wordAt(tokens, end))) end++;
  const closing = text.slice(tokens[end - 1]?.end ?? 0).match(/^\s*\)/);
  if (!closing) return undefined;
  return {
    acronym: tokens
      .slice(to, end)
      .map((t) => t.text)
      .join(" "),
    to: end,
  };
}

function headCandidates(text: string, tokens: readonly Token[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = HEADS[wordAt(tokens, i)];
    // "Peraturan Pemerintah Nomor 14 …", "Peraturan Menteri …": a regulation's name, not an organization.
    if (!head || wordAt(tokens, i - 1) === "Peraturan") continue;
    const { range } = readHeadName(tokens, i, head);
    if (range.to - range.from < 2) continue;
    const span = spanOf(tokens, range, text);
    const name = text.slice(span.start, span.end).replace(/\s+/g, " ");
    const bracket = bracketAcronym(text, tokens, range.to);
    const rule = /\(Persero\)/.test(name)
      ? "org.pt-persero"
      : /Tbk\.?$/.test(name)
        ? "org.pt-tbk"
        : head.rule;
    out.push({
      span,
      ...(bracket
        ? { statedBy: { start: span.start, end: (tokens[bracket.to - 1]?.end ?? span.end) + 1 } }
        : {}),
      rule,
      confidence: head.words === "any" ? 0.85 : 0.9,
      entity: organizationDraft(name, bracket ? [bracket.acronym] : []),
    });
    i = range.to - 1;
  }
  return out;
}

const ABBREVIATED_SUFFIX = /^(?:Tbk|Ltd|Inc|Co|Corp|Bhd|Pte|Plc|LLC)$/;

function suffixCandidates(text: string, tokens: readonly Token[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  tokens.forEach((_, i) => {
    for (const suffix of COMPANY_SUFFIXES) {
      if (!suffix.every((w, k) => wordAt(tokens, i + k) === w)) continue;
      let from = i;
      while (
        from > 0 &&
        i - from < 6 &&
        isCapitalised(wordAt(tokens, from - 1)) &&
        (tokens[from]?.gap === " " || tokens[from]?.gap === ", ")
      ) {
        if (lookupTerm(wordAt(tokens, from - 1), "title").length > 0) break;
        // "kontraktor asal Jepang, Mitsubishi Materials Corporation": the country is not in the name.
        if (isCountryName(wordAt(tokens, from - 1))) break;
        from--;
      }
      if (from === i) continue;
      const span = spanOf(tokens, { from, to: i + suffix.length }, text);
      // "Tbk.", "Ltd.", "Co.": an abbreviation keeps its full stop; "Corporation." ends the sentence.
      if (text[span.end] === "." && ABBREVIATED_SUFFIX.test(suffix.at(-1) ?? "")) span.end++;
      const name = text.slice(span.start, span.end);
      out.push({ span, rule: "org.company-suffix", confidence: 0.85, entity: organizationDraft(name) });
      return;
    }
  });
  return out;
}

/** The capitalised words right before a bracketed acronym, less any title in front of them. */
function nameBeforeBracket(tokens: readonly Token[], open: number): TokenRange | undefined {
  let from = open;
  while (from > 0) {
    const t = tokens[from - 1];
    const inside = tokens[from];
    if (!t || (from < open && !(inside?.gap === " " || inside?.gap === ", "))) break;
    if (!(isCapitalised(t.text) || (NAME_JOINERS.has(t.text) && from < open))) break;
    from--;
  }
  while (
    from < open &&
    (lookupTerm(wordAt(tokens, from), "title").length > 0 || NAME_JOINERS.has(wordAt(tokens, from)))
  )
    from++;
  // Titles of two words ("Direktur Jenderal", "Direktur Pelaksana") are found by their first word's term.
  for (let k = from; k < Math.min(open, from + 3); k++) {
    const two = `${wordAt(tokens, k)} ${wordAt(tokens, k + 1)}`;
    if (lookupTerm(two, "title").length > 0) from = k + 2;
  }
  return open - from >= 2 ? { from, to: open } : undefined;
}

function bracketCandidates(text: string, tokens: readonly Token[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  tokens.forEach((t, i) => {
    if (!/\(\s*$/.test(t.gap) || !isAcronym(t.text)) return;
    const bracket = bracketAcronym(text, tokens, i);
    const range = bracket && nameBeforeBracket(tokens, i);
    if (!bracket || !range) return;
    const span = spanOf(tokens, range, text);
    const name = text.slice(span.start, span.end).replace(/\s+/g, " ");
    if (!ORGANIZATION_NOUNS.test(name) || /\bProgram(?:me)?\b/.test(name)) return;
    const statedBy = {
      start: span.start,
      end: text.indexOf(")", tokens[bracket.to - 1]?.end ?? span.end) + 1,
    };
    out.push({
      span,
      statedBy,
      rule: "org.acronym-in-brackets",
      confidence: 0.85,
      entity: organizationDraft(name, [bracket.acronym]),
    });
  });
  return out;
}

/** "PT Indonesia Asahan Aluminium (Persero) atau INALUM": the acronym after "atau" is an alias. */
export function acronymAfterAtau(text: string, span: Span): { acronym: string; end: number } | undefined {
  const m = /^\s+atau\s+(\p{Lu}[\p{Lu}\d/&-]+)\b/u.exec(text.slice(span.end, span.end + 40));
  return m?.[1] && isAcronym(m[1]) ? { acronym: m[1], end: span.end + m[0].length } : undefined;
}

/**
 * A company name read too far ("PT Ceria Nugraha Indotama Derian Sakmiwata", the person after it) is cut
 * back to the shorter name the article uses for it elsewhere ("PT Ceria Nugraha Indotama").
 */
function trimToShorterNames(text: string, found: EntityCandidate[]): void {
  for (const c of found) {
    const name = c.entity.name;
    const shorter = found
      .filter((o) => o.span.start >= c.span.end || o.span.end <= c.span.start)
      .map((o) => o.entity.name)
      .filter((n) => n.length < name.length && name.startsWith(`${n} `))
      .sort((a, b) => b.length - a.length)[0];
    if (!shorter) continue;
    const written = text.slice(c.span.start, c.span.end);
    const end =
      c.span.start + (written.replace(/\s+/g, " ") === name ? cutAt(written, shorter) : shorter.length);
    c.span = { start: c.span.start, end };
    c.entity = organizationDraft(shorter, acronymsOf(c.entity));
  }
}

/** Where in `written` (spaces as written) the first `shorter.length` characters of its one-space form end. */
function cutAt(written: string, shorter: string): number {
  let seen = 0;
  for (let i = 0; i < written.length; i++) {
    if (seen === shorter.length) return i;
    if (!(/\s/.test(written[i] ?? "") && /\s/.test(written[i - 1] ?? ""))) seen++;
  }
  return written.length;
}

/** New organizations the text names, each mention a candidate (recognize() resolves them to known ones). */
export function findOrganizations(
  text: string,
  tokens: readonly Token[] = tokenize(text),
): EntityCandidate[] {
  const found = [
    ...headCandidates(text, tokens),
    ...suffixCandidates(text, tokens),
    ...bracketCandidates(text, tokens),
  ];
  trimToShorterNames(text, found);
  for (const c of found) {
    const atau = acronymAfterAtau(text, c.span);
    if (!atau || c.entity.kind !== "Organization") continue;
    c.entity = organizationDraft(c.entity.name, [...acronymsOf(c.entity), atau.acronym]);
    c.statedBy = { start: c.span.start, end: atau.end };
  }
  return found;
}
