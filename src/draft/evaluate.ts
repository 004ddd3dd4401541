import type { EntityRecord, RelationshipRecord, GraphChanges as SeedGraph } from "../model/records.js";
import type { EntityKind } from "../model/kinds.js";
import type { StatementProposal } from "./types.js";

/**
 * Scores a draft against the curated file of the same article (the answer key), both compiled by the
 * import's compiler. How things are matched (docs/writing.md, "How drafts are measured"):
 * - entities: same kind and the same id, or a shared name or alias (compared lower-cased), one to one;
 * - positions: a HOLDS_POSITION whose person and organization both match the key's;
 * - figures: an Indicator of the same value and the same kind of unit (tonnes, currency, percent, count);
 * - events: a shared name or alias, or a compatible date (the same day, or one the other's month) and at
 *   least one matching participant; agreements: a shared name, or a matching party and the same status
 *   or a matching topic;
 * - statements: the key is every direct quotation of the text that the curators cited as evidence of
 *   something, with its speaker (the curated person or organization the attribution after it names, else
 *   the one named last before it); a draft statement matches when its words overlap that quotation and its
 *   speaker matches;
 * - the date: publishedOn equal (both absent counts as right).
 */

export interface Score {
  /** Draft items that match a key item. */
  matched: number;
  /** Items in the draft. */
  proposed: number;
  /** Items in the key. */
  expected: number;
  /** Key items the draft missed, and draft items the key has not, for the report. */
  missed: string[];
  extra: string[];
}

export interface ArticleScore {
  article: string;
  scores: Record<Category, Score>;
  /** Per entity kind, for the breakdown. */
  kinds: Partial<Record<EntityKind, Score>>;
  date: { expected?: string; drafted?: string; right: boolean };
}

export const CATEGORIES = [
  "entities",
  "topics",
  "positions",
  "figures",
  "regulations",
  "events",
  "agreements",
  "statements",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The kinds the headline entity score counts: named actors, places and things. */
export const ENTITY_KINDS_SCORED: EntityKind[] = [
  "Organization",
  "Person",
  "Place",
  "Commodity",
  "Facility",
  "Programme",
];

const names = (e: EntityRecord) =>
  new Set([e.name, ...e.aliases].map((n) => n.toLowerCase().replace(/\s+/g, " ")));

/** One-to-one pairs of draft and key items: `exact` pairs first, then `loose` ones. */
function pair<T>(
  draft: readonly T[],
  key: readonly T[],
  exact: (d: T, k: T) => boolean,
  loose: (d: T, k: T) => boolean,
): Map<T, T> {
  const pairs = new Map<T, T>();
  const taken = new Set<T>();
  for (const test of [exact, loose]) {
    for (const d of draft) {
      if (pairs.has(d)) continue;
      const k = key.find((x) => !taken.has(x) && test(d, x));
      if (k !== undefined) {
        pairs.set(d, k);
        taken.add(k);
      }
    }
  }
  return pairs;
}

function score<T>(draft: readonly T[], key: readonly T[], pairs: Map<T, T>, label: (t: T) => string): Score {
  const matchedKeys = new Set(pairs.values());
  return {
    matched: pairs.size,
    proposed: draft.length,
    expected: key.length,
    missed: key.filter((k) => !matchedKeys.has(k)).map(label),
    extra: draft.filter((d) => !pairs.has(d)).map(label),
  };
}

const sharesName = (d: EntityRecord, k: EntityRecord) => {
  const kn = names(k);
  return [...names(d)].some((n) => kn.has(n));
};

/** Draft entity id → key entity id, for every kind. */
function entityPairs(draft: SeedGraph, key: SeedGraph): Map<string, string> {
  const ids = new Map<string, string>();
  const kinds = new Set(key.entities.map((e) => e.kind));
  for (const kind of kinds) {
    if (kind === "Event" || kind === "Agreement" || kind === "Indicator") continue;
    const d = draft.entities.filter((e) => e.kind === kind);
    const k = key.entities.filter((e) => e.kind === kind);
    for (const [a, b] of pair(d, k, (x, y) => x.id === y.id, sharesName)) ids.set(a.id, b.id);
  }
  return ids;
}

function related(
  graph: SeedGraph,
  type: RelationshipRecord["type"],
  id: string,
  end: "from" | "to",
): string[] {
  const other = end === "from" ? "to" : "from";
  return graph.relationships.filter((r) => r.type === type && r[end] === id).map((r) => r[other]);
}

function sameDay(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return a === b || a.startsWith(b) || b.startsWith(a);
}

type Of<K extends EntityKind> = Extract<EntityRecord, { kind: K }>;
function ofKind<K extends EntityKind>(g: SeedGraph, kind: K): Of<K>[] {
  return g.entities.filter((e): e is Of<K> => e.kind === kind);
}

function eventPairs(draft: SeedGraph, key: SeedGraph, ids: Map<string, string>) {
  return pair(ofKind(draft, "Event"), ofKind(key, "Event"), sharesName, (d, k) => {
    if (!sameDay(d.startDate, k.startDate)) return false;
    const theirs = new Set(related(key, "TOOK_PART_IN", k.id, "to"));
    return related(draft, "TOOK_PART_IN", d.id, "to").some((p) => theirs.has(ids.get(p) ?? p));
  });
}

function agreementPairs(draft: SeedGraph, key: SeedGraph, ids: Map<string, string>) {
  return pair(ofKind(draft, "Agreement"), ofKind(key, "Agreement"), sharesName, (d, k) => {
    const parties = new Set(related(key, "PARTY_TO", k.id, "to"));
    const party = related(draft, "PARTY_TO", d.id, "to").some((p) => parties.has(ids.get(p) ?? p));
    const topics = new Set(related(key, "COVERS", k.id, "from"));
    const topic = related(draft, "COVERS", d.id, "from").some((t) => topics.has(ids.get(t) ?? t));
    return party && (d.status === k.status || topic);
  });
}

/** What a unit measures, so that "tonnes" and "ton" or "IDR" and "rupiah" compare equal. */
export function unitClass(unit: string): string {
  const u = unit.toLowerCase();
  if (/per (year|tahun)|\/year|\/tahun|tpa/.test(u)) return "mass-rate";
  if (/^(tonnes?|tons?|ton|kg|kilograms?)$/.test(u)) return "mass";
  if (/^(idr|rp|rupiah)$/.test(u)) return "IDR";
  if (/^(usd|us\$|\$|dollars?)$/.test(u)) return "USD";
  if (/^(percent|persen|%)$/.test(u)) return "percent";
  return "count";
}

function figurePairs(draft: SeedGraph, key: SeedGraph) {
  const figures = (g: SeedGraph) => g.entities.filter((e) => e.kind === "Indicator");
  const same = (d: EntityRecord, k: EntityRecord) =>
    d.kind === "Indicator" &&
    k.kind === "Indicator" &&
    d.value === k.value &&
    unitClass(d.unit) === unitClass(k.unit);
  return pair(figures(draft), figures(key), same, () => false);
}

interface Quotation {
  start: number;
  end: number;
  speaker?: string;
}

const QUOTATION = /["“]([^"“”]{20,}?)["”]/g;

/**
 * The key's statements: direct quotations of the text the curators quoted from, each with the speaker the
 * attribution after it names, or the curated person or organization named last before it.
 */
export function keyStatements(text: string, key: SeedGraph): Quotation[] {
  const speakers = key.entities.filter((e) => e.kind === "Person" || e.kind === "Organization");
  const cited = key.evidence.map((e) => [e.start, e.end] as const);
  const found: Quotation[] = [];
  for (const m of text.matchAll(QUOTATION)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!cited.some(([s, e]) => s < end && start < e)) continue;
    const lineEnd = text.indexOf("\n", end);
    const attribution = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
    const named = (span: string) =>
      speakers
        .flatMap((s) =>
          [...names(s)]
            .filter((n) => n.length > 2)
            .map((n) => ({ id: s.id, at: span.toLowerCase().lastIndexOf(n) })),
        )
        .filter((x) => x.at >= 0);
    // A person speaks rather than the organization in their title ("kata Direktur Pelaksana INALUM Oggy").
    const person = (id: string) => id.startsWith("person:");
    const pick = (hits: { id: string; at: number }[], order: (a: number, b: number) => number) =>
      [...hits].sort((a, b) => Number(person(b.id)) - Number(person(a.id)) || order(a.at, b.at))[0];
    const after = pick(named(attribution.slice(0, 120)), (a, b) => a - b);
    const before = pick(named(text.slice(Math.max(0, start - 1500), start)), (a, b) => b - a);
    const speaker = after?.id ?? before?.id;
    found.push({ start, end, ...(speaker ? { speaker } : {}) });
  }
  return found;
}

function statementScore(
  text: string,
  statements: readonly StatementProposal[],
  key: SeedGraph,
  ids: Map<string, string>,
): Score {
  const quotations = keyStatements(text, key);
  // Reported speech ("Eko menegaskan bahwa …") has no quotation marks to key it by: not scored.
  const direct: Quotation[] = statements
    .filter((s) => s.form === "direct")
    .map((s) => ({ start: s.quote.start, end: s.quote.end, speaker: ids.get(s.speaker) ?? s.speaker }));
  const overlaps = (d: Quotation, k: Quotation) => d.start < k.end && k.start < d.end;
  const pairs = pair(
    direct,
    quotations,
    (d, k) => overlaps(d, k) && (k.speaker === undefined || d.speaker === k.speaker),
    () => false,
  );
  const label = (q: Quotation) =>
    `${q.speaker ?? "?"}: ${text.slice(q.start, Math.min(q.end, q.start + 50))}…`;
  return score(direct, quotations, pairs, label);
}

export function evaluateDraft(input: {
  article: string;
  text: string;
  draft: SeedGraph;
  statements: readonly StatementProposal[];
  key: SeedGraph;
}): ArticleScore {
  const { draft, key } = input;
  const ids = entityPairs(draft, key);
  const entityScore = (kinds: EntityKind[]) => {
    const d = draft.entities.filter((e) => kinds.includes(e.kind));
    const k = key.entities.filter((e) => kinds.includes(e.kind));
    const byId = new Map(k.map((e) => [e.id, e]));
    const pairs = new Map(
      d.flatMap((e) => {
        const m = byId.get(ids.get(e.id) ?? "");
        return m ? [[e, m] as const] : [];
      }),
    );
    return score(d, k, pairs, (e) => e.id);
  };
  const positions = (g: SeedGraph) => g.relationships.filter((r) => r.type === "HOLDS_POSITION");
  const mapped = (id: string) => ids.get(id) ?? id;
  const positionPairs = pair(
    positions(draft),
    positions(key),
    (d, k) => mapped(d.from) === k.from && mapped(d.to) === k.to,
    () => false,
  );
  const events = eventPairs(draft, key, ids);
  const agreements = agreementPairs(draft, key, ids);
  const figures = figurePairs(draft, key);
  const kinds: Partial<Record<EntityKind, Score>> = {};
  for (const kind of new Set([...key.entities, ...draft.entities].map((e) => e.kind)))
    kinds[kind] = entityScore([kind]);
  const byKind = (g: SeedGraph, kind: EntityKind) => g.entities.filter((e) => e.kind === kind);
  const figureLabel = (e: EntityRecord) => (e.kind === "Indicator" ? `${e.id} = ${e.value} ${e.unit}` : e.id);
  const expected = key.sources[0]?.publishedOn;
  const drafted = draft.sources[0]?.publishedOn;
  return {
    article: input.article,
    scores: {
      entities: entityScore(ENTITY_KINDS_SCORED),
      topics: entityScore(["Topic"]),
      positions: score(positions(draft), positions(key), positionPairs, (r) => `${r.from} → ${r.to}`),
      figures: score(byKind(draft, "Indicator"), byKind(key, "Indicator"), figures, figureLabel),
      regulations: entityScore(["Regulation"]),
      events: score(byKind(draft, "Event"), byKind(key, "Event"), events, (e) => e.id),
      agreements: score(byKind(draft, "Agreement"), byKind(key, "Agreement"), agreements, (e) => e.id),
      statements: statementScore(input.text, input.statements, key, ids),
    },
    kinds,
    date: { ...(expected ? { expected } : {}), ...(drafted ? { drafted } : {}), right: expected === drafted },
  };
}

export function total(scores: readonly Score[]): Score {
  return scores.reduce(
    (a, s) => ({
      matched: a.matched + s.matched,
      proposed: a.proposed + s.proposed,
      expected: a.expected + s.expected,
      missed: [...a.missed, ...s.missed],
      extra: [...a.extra, ...s.extra],
    }),
    { matched: 0, proposed: 0, expected: 0, missed: [], extra: [] },
  );
}

export const recall = (s: Score) => (s.expected === 0 ? 1 : s.matched / s.expected);
export const precision = (s: Score) => (s.proposed === 0 ? 1 : s.matched / s.proposed);
