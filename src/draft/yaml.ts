import { Document, isMap, isSeq } from "yaml";
import { relationshipId } from "../model/ids.js";
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
 * article's mention becomes new evidence of the same id. Statements, which the model cannot hold yet
 * (issue 15), are listed in a closing comment.
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

/** The statements, as comment lines: the seam where they become Statement entries once the model has them. */
function statementComment(text: string, statements: readonly StatementProposal[]): string {
  if (statements.length === 0) return "";
  const lines = [
    " --- Statements " + "-".repeat(80),
    " The model has no Statement kind yet (issue 15): these are for review only and are not imported.",
  ];
  for (const s of statements) {
    const words = text.slice(s.quote.start, s.quote.end).replace(/\s+/g, " ");
    lines.push(
      ` - speaker: ${s.speaker} · ${s.verb}${s.date ? ` · ${s.date}` : ""} · ${s.rule} · confidence ${s.confidence.toFixed(2)}`,
      `   about: ${s.about.length > 0 ? s.about.join(", ") : "(nothing recognised)"}`,
      `   quote: ${words.length > 300 ? `${words.slice(0, 297)}...` : words}`,
    );
  }
  return lines.join("\n");
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
  const statements = input.proposals.filter((p): p is StatementProposal => p.type === "statement");
  // Empty lists are left out: the format defaults them, and `[]` would be the only flow-style list.
  const doc = new Document({
    source: sourceFields(input),
    ...(items.length > 0 ? { entities: items.map((i) => i.fields) } : {}),
    ...(relationships.length > 0 ? { relationships: relationships.map((r) => r.fields) } : {}),
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
  const closing = statementComment(input.text, statements);
  if (closing) doc.comment = closing;
  return doc.toString({ lineWidth: 0 });
}
