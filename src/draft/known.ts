import { isAcronym, PhraseMatcher, tokenize, type CaseRule, type Token } from "../lexicon/phrases.js";
import type { EntityKind } from "../model/kinds.js";
import type { EntityCandidate, EntityDraftOf } from "./candidates.js";
import type { KnownEntity } from "./types.js";

/**
 * The graph as gazetteer: every name and alias of the known entities, found in the text longest first.
 * Acronyms match letter for letter ("INALUM", and "Inalum" only where it is an alias itself); proper nouns
 * (people, organizations, places, ...) where the text capitalises them ("Medan", not "medan"); commodities
 * and topics in any case. A person's one-word alias ("Tri", "Eko") is a first name many people share: it
 * counts only where the article also names that person in full.
 */

const COMMON_NOUNS: readonly EntityKind[] = ["Commodity", "Topic"];

interface KnownName {
  entity: KnownEntity;
  /** The entity's name itself, not an alias. */
  isName: boolean;
  /** A person's one-word alias, valid only beside the full name. */
  weak: boolean;
}

function caseRuleFor(kind: EntityKind, phrase: string): CaseRule {
  const words = phrase.split(/\s+/);
  if (words.length === 1 && (isAcronym(phrase) || /\p{Ll}\p{Lu}/u.test(phrase))) return "exact";
  return COMMON_NOUNS.includes(kind) ? "any" : "capitalised";
}

function usable(phrase: string): boolean {
  // "Ni" (nickel) and other two-letter aliases are words of other things; two capitals ("AS", "RI") are not.
  return phrase.trim().length >= 3 || isAcronym(phrase.trim());
}

export function knownMatcher(known: readonly KnownEntity[]): PhraseMatcher<KnownName> {
  const matcher = new PhraseMatcher<KnownName>();
  for (const entity of known) {
    const names = [entity.name, ...entity.aliases.filter((a) => a !== entity.name)];
    names.forEach((phrase, i) => {
      if (!usable(phrase)) return;
      const weak = entity.kind === "Person" && i > 0 && !/\s/.test(phrase.trim());
      matcher.add(phrase, { entity, isName: i === 0, weak }, caseRuleFor(entity.kind, phrase));
    });
  }
  return matcher;
}

/** The kind's fixed fields come from the graph's declaration when the caller has it. */
export function knownAsDraft(entity: KnownEntity): EntityDraftOf {
  const declared = (entity as { declaration?: EntityDraftOf }).declaration;
  // Without a declaration only kind, id and name are known; the writer cites an existing entity by its id.
  return (
    declared ??
    ({ kind: entity.kind, id: entity.id, name: entity.name, aliases: [] } as unknown as EntityDraftOf)
  );
}

/** Mentions of known entities; where one phrase names two of them, the one it is the name of, else the first. */
export function matchKnown(
  text: string,
  known: readonly KnownEntity[],
  tokens: readonly Token[] = tokenize(text),
  matcher: PhraseMatcher<KnownName> = knownMatcher(known),
): EntityCandidate[] {
  const found = matcher.matchAll(tokens);
  const strong = new Set(found.filter((m) => !m.value.weak).map((m) => m.value.entity.id));
  const usableMatches = found.filter((m) => !m.value.weak || strong.has(m.value.entity.id));
  const bySpan = new Map<string, (typeof usableMatches)[number]>();
  for (const m of usableMatches) {
    const key = `${m.start}-${m.end}`;
    const other = bySpan.get(key);
    if (!other || (m.value.isName && !other.value.isName)) bySpan.set(key, m);
  }
  return [...bySpan.values()].map((m) => ({
    span: { start: m.start, end: m.end },
    rule: m.value.weak ? "known.short-name" : m.value.isName ? "known.name" : "known.alias",
    confidence: m.value.weak ? 0.8 : m.value.isName ? 0.97 : 0.93,
    existingId: m.value.entity.id,
    entity: knownAsDraft(m.value.entity),
  }));
}
