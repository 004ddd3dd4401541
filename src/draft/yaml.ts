import { Document, isMap, isSeq } from "yaml";
import { relationshipId, slugify } from "../model/ids.js";
import { stanceOf } from "./statements.js";
import type { EntityKind } from "../model/kinds.js";
import type {
  DraftSource,
  EntityDraft,
  EntityProposal,
  KnownEntity,
  Proposal,
  RelationshipProposal,
  StatementProposal,
} from "./types.js";

/**
 * Writes a draft in the import format (src/seed/format.ts): block-style lists only, every entity and
 * relationship with its quotes, and a comment before each naming the rule that proposed it and how sure
 * it is, for the reviewer. Entities already in the graph are repeated with their fixed fields, so the
 * article's mention becomes new evidence of the same id. Statements are written as `statements:` entries
 * whose paraphrase the reviewer writes in English (the draft's says only who spoke about what).
 */

export interface DraftYamlInput {
  source: DraftSource;
  /** The cleaned text's file name, beside the YAML file. */
  textFile: string;
  /** The page as collected, when the draft was made from a file. */
  original?: string;
  text: string;
  proposals: readonly Proposal[];
  known: readonly KnownEntity[];
}

/** Kinds in the order the seed files list them, with their section titles. */
const SECTIONS: [EntityKind, string][] = [
  ["Organization", "Organizations"],
  ["Person", "People"],
  ["Place", "Places"],
  ["Facility", "Facilities"],
  ["Commodity", "Commodities"],
  ["Topic", "Topics"],
  ["Programme", "Programmes"],
  ["Regulation", "Regulations"],
  ["Agreement", "Agreements"],
  ["Event", "Events"],
  ["Indicator", "Indicators"],
];

/** At most this many quotes per fact: the first mentions say enough, the reviewer adds more by hand. */
const MAX_QUOTES = 3;

const quoteOf = (text: string, p: Proposal) => text.slice(p.span.start, p.span.end);

function review(proposals: readonly Proposal[], extra = ""): string {
  const best = proposals.reduce((a, p) => (p.confidence > a.confidence ? p : a));
  const rules = [...new Set(proposals.map((p) => p.rule))].join(", ");
  const notes = [...new Set(proposals.flatMap((p) => (p.note ? [p.note] : [])))];
  const count = proposals.length > 1 ? ` · ${proposals.length} mentions` : "";
  return [
    ` review: ${rules} · confidence ${best.confidence.toFixed(2)}${count}${extra}`,
    ...notes.map((n) => `   ${n}`),
  ].join("\n");
}

function quotes(text: string, proposals: readonly Proposal[]): string[] {
  const sorted = [...proposals].sort((a, b) => a.span.start - b.span.start);
  return [...new Set(sorted.map((p) => quoteOf(text, p)))].slice(0, MAX_QUOTES);
}

/** An entity's YAML fields: its draft (or its declaration in the graph), without empty lists. */
function entityFields(entity: EntityDraft, evidence: string[]): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...entity, evidence };
  if (entity.aliases.length === 0) delete fields.aliases;
  return defined(fields);
}

/** The fields that have a value: YAML would print the others as null. */
function defined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

interface Group<P extends Proposal> {
  id: string;
  proposals: P[];
}

function groupBy<P extends Proposal>(proposals: readonly P[], key: (p: P) => string): Group<P>[] {
  const groups = new Map<string, P[]>();
  for (const p of proposals) groups.set(key(p), [...(groups.get(key(p)) ?? []), p]);
  return [...groups].map(([id, ps]) => ({ id, proposals: ps }));
}

/** The declared entities, in section order, and the existing ones the file can only refer to. */
function entityItems(input: DraftYamlInput): {
  items: { fields: Record<string, unknown>; comment: string }[];
  referenced: string[];
} {
  const known = new Map(input.known.map((k) => [k.id, k]));
  const entities = input.proposals.filter((p): p is EntityProposal => p.type === "entity");
  const groups = groupBy(entities, (p) => p.existingId ?? p.entity.id);
  const items: { fields: Record<string, unknown>; comment: string }[] = [];
  const referenced: string[] = [];
  for (const [kind, title] of SECTIONS) {
    let first = true;
    for (const g of groups) {
      const head = g.proposals[0];
      if (!head || head.entity.kind !== kind) continue;
      const existing = head.existingId ? known.get(head.existingId) : undefined;
      if (head.existingId && !existing?.declaration) {
        referenced.push(`${head.existingId} (${quoteOf(input.text, head)})`);
        continue;
      }
      const entity = existing?.declaration
        ? { ...existing.declaration, aliases: newAliases(existing, g.proposals, input.text) }
        : mergedDraft(g.proposals);
      const section = first ? ` --- ${title} ${"-".repeat(Math.max(3, 90 - title.length))}\n` : "";
      first = false;
      items.push({
        fields: entityFields(entity, quotes(input.text, g.proposals)),
        comment: section + review(g.proposals, existing ? " · already in the graph" : " · new"),
      });
    }
  }
  return { items, referenced };
}

/** How the article writes an existing entity where the graph does not know that name yet. */
function newAliases(existing: KnownEntity, proposals: readonly EntityProposal[], text: string): string[] {
  const names = new Set([existing.name, ...existing.aliases].map((n) => n.toLowerCase()));
  const forms = proposals.flatMap((p) => (p.mention ? [text.slice(p.mention.start, p.mention.end)] : []));
  return [...new Set(forms)].filter((f) => !names.has(f.toLowerCase()));
}

/** One entity from all its mentions: the first proposal's fields with every alias the others add. */
function mergedDraft(proposals: readonly EntityProposal[]): EntityDraft {
  const [head, ...rest] = proposals;
  if (!head) throw new Error("no proposal");
  const names = new Set([head.entity.name.toLowerCase()]);
  const aliases: string[] = [];
  for (const a of [...head.entity.aliases, ...rest.flatMap((p) => [p.entity.name, ...p.entity.aliases])]) {
    if (names.has(a.toLowerCase())) continue;
    names.add(a.toLowerCase());
    aliases.push(a);
  }
  return { ...head.entity, aliases };
}

function relationshipItems(input: DraftYamlInput): { fields: Record<string, unknown>; comment: string }[] {
  const relationships = input.proposals.filter((p): p is RelationshipProposal => p.type === "relationship");
  return groupBy(relationships, (p) => relationshipId(p.relationship)).flatMap((g) => {
    const head = g.proposals[0];
    if (!head) return [];
    const fields = defined({ ...head.relationship, evidence: quotes(input.text, g.proposals) });
    return [{ fields, comment: review(g.proposals) }];
  });
}

/** Words of the quote an id is made of, after the speaker's name. */
const ID_WORDS = 6;

/** Names by id, of the draft's entities and the graph's, for the paraphrases. */
function namesById(input: DraftYamlInput): Map<string, string> {
  const names = new Map(input.known.map((k) => [k.id, k.name]));
  for (const p of input.proposals)
    if (p.type === "entity") names.set(p.existingId ?? p.entity.id, p.entity.name);
  return names;
}

/**
 * The statements as entries of the import format: an id from the speaker and the first words, the words as
 * their quote, a date only where it is not the source's own (the import derives that one and marks it),
 * and a placeholder paraphrase that says who spoke about what, for the reviewer to write in English.
 */
function statementItems(input: DraftYamlInput): { fields: Record<string, unknown>; comment: string }[] {
  const names = namesById(input);
  const taken = new Set<string>();
  const statements = input.proposals.filter((p): p is StatementProposal => p.type === "statement");
  return statements.map((s) => {
    const words = input.text.slice(s.quote.start, s.quote.end);
    const speaker = s.speaker.slice(s.speaker.indexOf(":") + 1);
    const base = `statement:${speaker}-${slugify(words.split(/\s+/).slice(0, ID_WORDS).join(" "))}`
      .slice(0, 90)
      .replace(/-+$/, "");
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    const about = s.about.map((a) => names.get(a) ?? a);
    const stance = stanceOf(s.verb);
    const fields = defined({
      id,
      speaker: s.speaker,
      paraphrase: `${names.get(s.speaker) ?? s.speaker} spoke (${s.verb})${about.length > 0 ? ` about ${about.join(", ")}` : ""}.`,
      quote: words,
      date: s.date !== undefined && s.date !== input.source.publishedOn ? s.date : undefined,
      stance,
      about: s.about.length > 0 ? s.about : undefined,
    });
    return {
      fields,
      comment: `${review([s], ` · ${s.form} speech`)}\n   paraphrase: write what was said in a few English words`,
    };
  });
}

function sourceFields(input: DraftYamlInput): Record<string, unknown> {
  const source = input.source;
  return defined({
    id: source.id,
    textFile: input.textFile,
    original: input.original,
    publisher: source.publisher,
    title: source.title,
    publishedOn: source.publishedOn,
    dateNote: source.dateNote,
    language: source.language,
    author: source.author,
    url: source.url,
  });
}

function attachComments(doc: Document, key: string, comments: string[]): void {
  const seq = doc.get(key);
  if (!isSeq(seq)) return;
  seq.items.forEach((item, i) => {
    if (isMap(item)) item.commentBefore = comments[i];
  });
}

export function draftYaml(input: DraftYamlInput): string {
  const { items, referenced } = entityItems(input);
  const relationships = relationshipItems(input);
  const statements = statementItems(input);
  // Empty lists are left out: the format defaults them, and `[]` would be the only flow-style list.
  const doc = new Document({
    source: sourceFields(input),
    ...(items.length > 0 ? { entities: items.map((i) => i.fields) } : {}),
    ...(relationships.length > 0 ? { relationships: relationships.map((r) => r.fields) } : {}),
    ...(statements.length > 0 ? { statements: statements.map((s) => s.fields) } : {}),
  });
  const found = Object.entries(input.source.rules).map(([field, rule]) => `${field} ${rule}`);
  doc.commentBefore = [
    ` Draft of an article, made by \`npm run draft\`: REVIEW EVERY ENTRY before importing it.`,
    ` Each entry says the rule that proposed it and its confidence. Delete what is wrong, correct what is`,
    ` almost right, add what is missing; then \`npm run import -- <this file> --dry-run\`.`,
    ` Source fields: ${found.join("; ")}.`,
    ...(input.source.editor ? [` Editor line: ${input.source.editor}.`] : []),
    ...(referenced.length > 0 ? [` Mentioned and already in the graph: ${referenced.join("; ")}.`] : []),
  ].join("\n");
  attachComments(
    doc,
    "entities",
    items.map((i) => i.comment),
  );
  attachComments(
    doc,
    "relationships",
    relationships.map((r) => r.comment),
  );
  attachComments(
    doc,
    "statements",
    statements.map((s) => s.comment),
  );
  return doc.toString({ lineWidth: 0 });
}
