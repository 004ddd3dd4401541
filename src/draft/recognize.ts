import { normalizeTerm } from "../lexicon/lexicon.js";
import { tokenize, type Token } from "../lexicon/phrases.js";
import type { EntityKind } from "../model/kinds.js";
import type { EntityCandidate, RelationshipCandidate } from "./candidates.js";
import { facilitiesLocatedIn, findFacilities } from "./facilities.js";
import { knownAsDraft, matchKnown } from "./known.js";
import { isCapitalised } from "./names.js";
import { findOrganizations } from "./organizations.js";
import { findPlaces } from "./places.js";
import { findPositions, type MentionAt } from "./positions.js";
import { findSpeakers } from "./speakers.js";
import { findTermEntities } from "./term-entities.js";
import type { DraftContext, DraftDocument, KnownEntity, Proposal, Span } from "./types.js";

/**
 * The actors of an article: every rule family's candidates merged into one proposal per entity (known
 * entities keep their ids), the positions and places' containment as relationships, and every mention with
 * the id it resolved to, for the rules that need to know who or what is named where (events, agreements,
 * statements).
 */

export interface Mention {
  span: Span;
  /** The id it resolved to: a known entity's or the new proposal's. */
  id: string;
  kind: EntityKind;
  rule: string;
}

export interface Recognition {
  /** One entity proposal per entity (its best mention), then HOLDS_POSITION, UNIT_OF and LOCATED_IN. */
  proposals: Proposal[];
  /** Every mention, in text order. */
  mentions: Mention[];
}

/** Where mentions of one span compete, the graph's entity first, then a pattern's name, a place, a term. */
const PRIORITY: Record<string, number> = {
  known: 0,
  org: 1,
  person: 1,
  place: 2,
  facility: 3,
  commodity: 4,
  topic: 4,
};
const priorityOf = (c: EntityCandidate) => (c.existingId ? 0 : (PRIORITY[c.rule.split(".")[0] ?? ""] ?? 4));

const isTerm = (c: EntityCandidate) => c.entity.kind === "Commodity" || c.entity.kind === "Topic";

/** Whether `c` may stand beside `kept`: no overlap, or two terms that share words without one holding the other. */
function compatible(c: EntityCandidate, kept: EntityCandidate): boolean {
  if (!(c.span.start < kept.span.end && kept.span.start < c.span.end)) return true;
  // "hilirisasi mineral kritis": downstreaming and critical minerals, both stated.
  // A commodity inside a term is stated too: "daur ulang baterai lithium" is about lithium, "baja lapis"
  // is a steel.
  const inside = kept.span.start <= c.span.start && c.span.end <= kept.span.end;
  if (inside) return c.entity.kind === "Commodity" && isTerm(kept);
  return isTerm(c) && isTerm(kept);
}

/**
 * The longest candidates that do not overlap (on equal spans the higher priority), in text order; terms
 * that overlap in part are both kept.
 */
function withoutOverlaps(candidates: EntityCandidate[]): EntityCandidate[] {
  const length = (c: EntityCandidate) => c.span.end - c.span.start;
  const ordered = [...candidates].sort(
    (a, b) => length(b) - length(a) || priorityOf(a) - priorityOf(b) || a.span.start - b.span.start,
  );
  const kept: EntityCandidate[] = [];
  for (const c of ordered) {
    if (kept.every((k) => compatible(c, k))) kept.push(c);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

function rangeOf(tokens: readonly Token[], span: Span): { from: number; to: number } | undefined {
  const from = tokens.findIndex((t) => t.start >= span.start);
  if (from < 0) return undefined;
  let to = from;
  while (to < tokens.length && (tokens[to]?.end ?? Infinity) <= span.end) to++;
  return to > from ? { from, to } : undefined;
}

function namesOf(c: EntityCandidate): string[] {
  return [c.entity.name, ...c.entity.aliases];
}

/** Resolves new candidates to known entities and to each other by name and alias, per kind. */
class Resolver {
  private readonly byName = new Map<string, string>();
  private readonly kinds = new Map<string, EntityKind>();

  constructor(known: readonly KnownEntity[]) {
    for (const k of known) {
      this.kinds.set(k.id, k.kind);
      // A person's one-word alias ("Tri") is a first name many share: see matchKnown.
      const names = [k.name, ...k.aliases.filter((a) => k.kind !== "Person" || /\s/.test(a.trim()))];
      for (const n of names) this.remember(k.kind, n, k.id, false);
    }
  }

  private key(kind: EntityKind, name: string): string {
    return `${kind}/${normalizeTerm(name)}`;
  }

  private remember(kind: EntityKind, name: string, id: string, overwrite: boolean): void {
    const key = this.key(kind, name);
    if (overwrite || !this.byName.has(key)) this.byName.set(key, id);
  }

  isKnown(id: string): boolean {
    return this.kinds.has(id);
  }

  /** The id a candidate names: a known entity's, or an earlier candidate's of the same name or acronym. */
  resolve(c: EntityCandidate): string {
    if (c.existingId) return c.existingId;
    const kind = c.entity.kind;
    const found = namesOf(c)
      .map((n) => this.byName.get(this.key(kind, n)))
      .find((id) => id !== undefined);
    const id = found ?? c.entity.id;
    for (const n of namesOf(c)) this.remember(kind, n, id, false);
    return id;
  }
}

/**
 * The one person the article names in full whose name holds `word`: "Oggy", "Zou", and a middle name as
 * Indonesian articles use one ("Akbar" for Muhamad Akbar Djohan). Two people sharing it: neither.
 */
function ownerOf(word: string, fullNames: readonly EntityCandidate[]): EntityCandidate | undefined {
  if (word.length < 3) return undefined;
  const owners = new Set<string>();
  let owner: EntityCandidate | undefined;
  for (const p of fullNames) {
    if (!p.entity.name.split(/\s+/).includes(word)) continue;
    owners.add(p.entity.id);
    owner = p;
  }
  return owners.size === 1 ? owner : undefined;
}

/** One-word names are a word of the name of a person the article names in full (see ownerOf). */
function resolveShortNames(people: EntityCandidate[], idOf: Map<EntityCandidate, string>): void {
  const full = people.filter((p) => /\s/.test(p.entity.name));
  for (const p of people) {
    if (/\s/.test(p.entity.name)) continue;
    const owner = ownerOf(p.entity.name, full);
    if (owner) idOf.set(p, idOf.get(owner) ?? owner.entity.id);
  }
}

/** Further mentions of the article's people by one word of their name alone, anywhere in the text. */
function shortNameMentions(
  tokens: readonly Token[],
  people: EntityCandidate[],
  taken: (i: number) => boolean,
) {
  const out: EntityCandidate[] = [];
  const fullNames = people.filter((p) => /\s/.test(p.entity.name));
  tokens.forEach((t, i) => {
    if (taken(i) || !isCapitalised(t.text)) return;
    const owner = ownerOf(t.text, fullNames);
    if (owner)
      out.push({
        ...owner,
        span: { start: t.start, end: t.end },
        rule: "person.short-name",
        confidence: 0.7,
      });
  });
  return out;
}

interface Gathered {
  entities: EntityCandidate[];
  relationships: RelationshipCandidate[];
}

/**
 * Later mentions of the organizations the article introduced: "United Nations Industrial Development
 * Organization (UNIDO)" once, then "UNIDO" alone, as the graph's own names are found.
 */
function namedAgain(text: string, tokens: readonly Token[], orgs: EntityCandidate[]): EntityCandidate[] {
  const introduced: KnownEntity[] = orgs.map((c) => ({ ...c.entity, id: c.entity.id }));
  const byId = new Map(orgs.map((c) => [c.entity.id, c]));
  const within = (span: Span) =>
    orgs.some((c) => c.statedBy && c.statedBy.start <= span.start && span.end <= c.statedBy.end);
  return matchKnown(text, introduced, tokens).flatMap((m) => {
    const origin = m.existingId === undefined ? undefined : byId.get(m.existingId);
    if (!origin || within(m.span)) return [];
    return [{ span: m.span, rule: "org.named-again", confidence: 0.8, entity: origin.entity }];
  });
}

function gather(doc: DraftDocument, context: DraftContext, tokens: readonly Token[]): Gathered {
  const text = doc.text;
  const places = findPlaces(text, [...tokens]);
  const orgs = findOrganizations(text, tokens);
  const facilities = findFacilities(text, tokens);
  const base = withoutOverlaps([
    ...matchKnown(text, context.known, tokens),
    ...orgs,
    ...namedAgain(text, tokens, orgs),
    ...places.places,
    ...facilities.facilities,
    ...findTermEntities(text, tokens),
  ]);
  const at = new Map<number, MentionAt>();
  for (const candidate of base) {
    const range = rangeOf(tokens, candidate.span);
    if (range) at.set(range.from, { candidate, range });
  }
  const positions = findPositions(text, tokens, at, doc.publishedOn);
  const named = withoutOverlaps([...base, ...positions.people]);
  const covered = (list: EntityCandidate[]) => (i: number) => {
    const t = tokens[i];
    return t !== undefined && list.some((c) => c.span.start <= t.start && t.end <= c.span.end);
  };
  const speakers = findSpeakers(text, tokens, covered(named));
  const people = [...named, ...speakers].filter((c) => c.entity.kind === "Person");
  const short = shortNameMentions(tokens, people, covered([...named, ...speakers]));
  return {
    entities: [...named, ...positions.organizations, ...speakers, ...short],
    relationships: [
      ...positions.relationships,
      ...places.locatedIn,
      ...facilitiesLocatedIn(facilities, base, tokens),
    ],
  };
}

function entityProposals(
  candidates: EntityCandidate[],
  idOf: Map<EntityCandidate, string>,
  resolver: Resolver,
  known: Map<string, KnownEntity>,
): Proposal[] {
  const byId = new Map<string, EntityCandidate[]>();
  for (const c of candidates) {
    const id = idOf.get(c) ?? c.entity.id;
    byId.set(id, [...(byId.get(id) ?? []), c]);
  }
  const proposals: Proposal[] = [];
  for (const [id, list] of byId) {
    const best = [...list].sort((a, b) => b.confidence - a.confidence || a.span.start - b.span.start)[0];
    if (!best) continue;
    const span = best.statedBy ?? best.span;
    const base = {
      type: "entity" as const,
      rule: best.rule,
      confidence: best.confidence,
      span,
      ...(best.note ? { note: best.note } : {}),
    };
    const existing = known.get(id);
    if (existing && resolver.isKnown(id)) {
      proposals.push({ ...base, existingId: id, entity: knownAsDraft(existing) });
      continue;
    }
    const aliases = new Set(list.flatMap((c) => c.entity.aliases));
    const name = best.entity.name;
    for (const c of list) if (c.entity.name !== name && /\s/.test(c.entity.name)) aliases.add(c.entity.name);
    aliases.delete(name);
    proposals.push({ ...base, entity: { ...best.entity, id, aliases: [...aliases] } });
  }
  return proposals;
}

/** Entities, positions and place containment of an article; see Recognition. */
export function recognize(doc: DraftDocument, context: DraftContext): Recognition {
  const tokens = tokenize(doc.text);
  const { entities, relationships } = gather(doc, context, tokens);
  const resolver = new Resolver(context.known);
  const idOf = new Map<EntityCandidate, string>();
  // Longer names first, so that "Kementerian Perindustrian (Kemenperin)" gives its id to later mentions.
  const ordered = [...entities].sort((a, b) => b.confidence - a.confidence || a.span.start - b.span.start);
  for (const c of ordered) if (c.rule !== "person.short-name") idOf.set(c, resolver.resolve(c));
  resolveShortNames(
    entities.filter((c) => c.entity.kind === "Person"),
    idOf,
  );
  const renamed = new Map<string, string>();
  for (const [c, id] of idOf) if (c.entity.id !== id) renamed.set(c.entity.id, id);
  const idFor = (id: string) => renamed.get(id) ?? id;
  const knownById = new Map(context.known.map((k) => [k.id, k]));
  const proposals = entityProposals(entities, idOf, resolver, knownById);
  const seen = new Set<string>();
  for (const r of relationships) {
    const relationship = {
      ...r.relationship,
      from: idFor(r.relationship.from),
      to: idFor(r.relationship.to),
    };
    const key = `${relationship.type}/${relationship.from}/${relationship.to}`;
    if (relationship.from === relationship.to || seen.has(key)) continue;
    seen.add(key);
    proposals.push({
      type: "relationship",
      rule: r.rule,
      confidence: r.confidence,
      span: r.span,
      relationship,
    });
  }
  const mentions = entities
    .map((c) => ({ span: c.span, id: idOf.get(c) ?? c.entity.id, kind: c.entity.kind, rule: c.rule }))
    .sort((a, b) => a.span.start - b.span.start);
  return { proposals, mentions };
}
