import { ENDPOINTS } from "../model/relationships.js";
import { INPUT_BOUNDS } from "../limits.js";
import { locateQuote } from "../model/quotes.js";
import { SPEAKER_KINDS, STATEMENT_ABOUT_KINDS } from "../model/statements.js";
import type { EntityKind } from "../model/kinds.js";
import { IdAllocator } from "./ids.js";
import { quoteSpan } from "./quote.js";
import type {
  EntityProposal,
  KnownEntity,
  Proposal,
  RelationshipProposal,
  StatementProposal,
} from "./types.js";

/**
 * Makes the rules' proposals importable as they stand: each span grown to a quote the compiler places
 * exactly there; a new entity whose name or alias is an existing one's (of the same kind) turned into that
 * entity, as the import's duplicate check would demand; new entities sharing a name merged; ids unique and
 * never an existing entity's unless they are it; relationships kept only where both ends exist with kinds
 * the model allows. What had to be dropped is counted, for the summary.
 */

export interface Settled {
  proposals: Proposal[];
  dropped: { rule: string; reason: string }[];
}

const nameKey = (name: string) => name.toLowerCase();

function namesOf(e: { name: string; aliases: readonly string[] }): string[] {
  return [e.name, ...e.aliases].map(nameKey);
}

/** Existing entities by kind and lower-cased name or alias: what the import's duplicate check compares. */
function nameIndex(known: readonly KnownEntity[]): Map<string, KnownEntity> {
  const index = new Map<string, KnownEntity>();
  for (const k of known) for (const n of namesOf(k)) index.set(`${k.kind}|${n}`, k);
  return index;
}

function withQuote<P extends Proposal>(text: string, p: P): P | undefined {
  const span = quoteSpan(text, p.span);
  return span ? { ...p, span } : undefined;
}

/** New entities resolved to existing ones by name, merged among themselves, with unique ids. */
function settleEntities(
  entities: EntityProposal[],
  known: readonly KnownEntity[],
): { entities: EntityProposal[]; renamed: Map<string, string> } {
  const byName = nameIndex(known);
  const knownById = new Map(known.map((k) => [k.id, k]));
  const ids = new IdAllocator(known.map((k) => k.id));
  const renamed = new Map<string, string>();
  /** New entities of the draft by kind and name, to the id the first one got. */
  const drafted = new Map<string, string>();
  /** The id each proposed id ended up with. */
  const finalIds = new Map<string, string>();
  const out: EntityProposal[] = [];
  for (const p of entities) {
    if (p.existingId) {
      const k = knownById.get(p.existingId);
      if (k) {
        out.push(p);
        continue;
      }
    }
    const match = namesOf(p.entity)
      .map((n) => byName.get(`${p.entity.kind}|${n}`))
      .find((k) => k !== undefined);
    if (match) {
      renamed.set(p.entity.id, match.id);
      out.push({
        ...p,
        existingId: match.id,
        entity: match.declaration ?? { ...p.entity, id: match.id, name: match.name },
      });
      continue;
    }
    const same = namesOf(p.entity)
      .map((n) => drafted.get(`${p.entity.kind}|${n}`))
      .find((id) => id !== undefined);
    const id = finalIds.get(p.entity.id) ?? same ?? ids.claim(p.entity.id);
    finalIds.set(p.entity.id, id);
    if (id !== p.entity.id) renamed.set(p.entity.id, id);
    for (const n of namesOf(p.entity)) drafted.set(`${p.entity.kind}|${n}`, id);
    out.push({ ...p, entity: { ...p.entity, id } });
  }
  return { entities: out, renamed };
}

/**
 * A statement the import takes: its speaker a person or organization of the draft or the graph, what it is
 * about only entities there of a kind a statement can be about, and its quote the words when they occur once
 * in the text, else the whole span (attribution included), which does. A string says why it cannot be kept.
 */
function settleStatement(
  text: string,
  s: StatementProposal,
  kinds: ReadonlyMap<string, EntityKind>,
): StatementProposal | string {
  const speaker = kinds.get(s.speaker);
  if (!speaker || !SPEAKER_KINDS.includes(speaker))
    return `statement by ${s.speaker}: not a person or organization of the draft or the graph`;
  const about = [...new Set(s.about)].filter((id) => {
    const kind = kinds.get(id);
    return id !== s.speaker && kind !== undefined && STATEMENT_ABOUT_KINDS.includes(kind);
  });
  const placed = (span: { start: number; end: number }) => {
    const words = text.slice(span.start, span.end);
    const found =
      words.trim().length >= 8 && words.length <= INPUT_BOUNDS.quote ? locateQuote(text, words) : undefined;
    return found?.ok === true && found.value.start === span.start;
  };
  const quote = placed(s.quote) ? s.quote : placed(s.span) ? s.span : undefined;
  if (!quote) return `statement by ${s.speaker}: its words occur more than once or are too long to quote`;
  return { ...s, about, quote };
}

function kindsOf(
  entities: readonly EntityProposal[],
  known: readonly KnownEntity[],
): Map<string, EntityKind> {
  const kinds = new Map<string, EntityKind>(known.map((k) => [k.id, k.kind]));
  for (const e of entities) kinds.set(e.existingId ?? e.entity.id, e.entity.kind);
  return kinds;
}

export function settleProposals(
  text: string,
  proposals: readonly Proposal[],
  known: readonly KnownEntity[],
): Settled {
  const dropped: Settled["dropped"] = [];
  const quoted = proposals.flatMap((p) => {
    const q = withQuote(text, p);
    if (!q) dropped.push({ rule: p.rule, reason: "no quote occurs once in the text" });
    return q ? [q] : [];
  });
  const { entities, renamed } = settleEntities(
    quoted.filter((p): p is EntityProposal => p.type === "entity"),
    known,
  );
  const rename = (id: string) => renamed.get(id) ?? id;
  const kinds = kindsOf(entities, known);
  // An indicator whose subject is not an entity of the draft or the graph cannot be imported.
  const kept = entities
    .filter((p) => {
      if (p.entity.kind !== "Indicator") return true;
      const subject = rename(p.entity.subject);
      const ok = ENDPOINTS.MEASURES[1].includes(kinds.get(subject) ?? "Indicator");
      if (!ok)
        dropped.push({
          rule: p.rule,
          reason: `subject ${subject} is not a measurable entity of the draft or the graph`,
        });
      return ok;
    })
    .map((p) =>
      p.entity.kind === "Indicator"
        ? { ...p, entity: { ...p.entity, subject: rename(p.entity.subject) } }
        : p,
    );
  const relationships = quoted
    .filter((p): p is RelationshipProposal => p.type === "relationship")
    .map((p) => ({
      ...p,
      relationship: { ...p.relationship, from: rename(p.relationship.from), to: rename(p.relationship.to) },
    }))
    .filter((p) => {
      const [fromKinds, toKinds] = ENDPOINTS[p.relationship.type];
      const from = kinds.get(p.relationship.from);
      const to = kinds.get(p.relationship.to);
      const ok =
        from !== undefined &&
        to !== undefined &&
        fromKinds.includes(from) &&
        toKinds.includes(to) &&
        p.relationship.from !== p.relationship.to;
      if (!ok)
        dropped.push({
          rule: p.rule,
          reason: `${p.relationship.type} ${p.relationship.from} → ${p.relationship.to}: an end is missing or of a kind it cannot have`,
        });
      return ok;
    });
  const statements = quoted
    .filter((p): p is StatementProposal => p.type === "statement")
    .flatMap((s) => {
      const settled = settleStatement(
        text,
        { ...s, speaker: rename(s.speaker), about: s.about.map(rename) },
        kinds,
      );
      if (typeof settled === "string") dropped.push({ rule: s.rule, reason: settled });
      return typeof settled === "string" ? [] : [settled];
    });
  return { proposals: [...kept, ...relationships, ...statements], dropped };
}
