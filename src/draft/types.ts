import type { EntityKind } from "../model/kinds.js";
import type { SeedEntity, SeedRelationship, SeedSource } from "../model/format.js";

/**
 * The shared vocabulary of article drafts (issue 16): a draft is a list of proposals, each found by a named
 * rule, with a confidence and the verbatim span of the cleaned text that states it. The YAML writer turns
 * proposals into the import format; the reviewer accepts, edits or rejects each one.
 */

/** Omit over each member of a union, so that every kind keeps its own fields (plain Omit merges them). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An entity as a draft proposes it: the seed format's entity without its evidence (the writer adds quotes). */
export type EntityDraft = DistributiveOmit<SeedEntity, "evidence">;

/** A relationship as a draft proposes it: the seed format's relationship without its evidence. */
export type RelationshipDraft = Omit<SeedRelationship, "evidence">;

/** Character offsets [start, end) into the cleaned article text. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
}

/** The article being drafted: cleaned text (every line a line of the original), its sentences and date. */
export interface DraftDocument {
  text: string;
  sentences: Sentence[];
  /** YYYY-MM-DD when known (from the command line or the dateline); observation date of what it states. */
  publishedOn?: string;
}

/** An entity already in the graph (or in seed/ when no database is given): the gazetteer drafts match first. */
export interface KnownEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /**
   * Its declaration with the kind's fixed fields (an organization's type, a place's type, ...), when the
   * list carries it: the YAML writer then repeats it, so the article's mention is added as its evidence.
   */
  declaration?: EntityDraft;
}

export interface DraftContext {
  known: KnownEntity[];
}

/** 0..1: how sure the rule is; the reviewer sees it beside the rule's name. */
export type Confidence = number;

interface ProposalBase {
  /** The rule that made the proposal, e.g. "org.pt-persero", "person.speech-verb", "figure.rupiah". */
  rule: string;
  confidence: Confidence;
  /** The shortest span that states it; the quote is text.slice(span.start, span.end). */
  span: Span;
  /** What the reviewer should check (an inferred year, an assumed subject, ...). */
  note?: string;
}

/** An entity mention: an existing entity (`existingId`) or a new one (`entity`, evidence left to the writer). */
export interface EntityProposal extends ProposalBase {
  type: "entity";
  /** Set when the mention resolves to an entity of the graph; `entity` then repeats its kind, id and name. */
  existingId?: string;
  entity: EntityDraft;
  /** The name as the text writes it ("Inalum", "Kemenperin"), when the rule knows it: inside `span`. */
  mention?: Span;
}

export interface RelationshipProposal extends ProposalBase {
  type: "relationship";
  relationship: RelationshipDraft;
}

/**
 * Who said what: the YAML writer makes it a `statements:` entry of the import format (model/statements.ts),
 * whose paraphrase the reviewer writes.
 */
export interface StatementProposal extends ProposalBase {
  type: "statement";
  /** Id of the speaker: a person or organization of the draft or of the graph. */
  speaker: string;
  /** The quoted or reported words (inside `span`, which also covers the attribution). */
  quote: Span;
  /** "direct": words in quotation marks; "reported": "Eko menegaskan bahwa …". */
  form: "direct" | "reported";
  /** The speech verb that attributes them ("kata", "ujar", "menegaskan", ...). */
  verb: string;
  /** Ids of the entities the words are about (commodities, topics, agreements, regulations, ...). */
  about: string[];
  /** The date the words were said on, when known. */
  date?: string;
}

export type Proposal = EntityProposal | RelationshipProposal | StatementProposal;

/** What the caller knows of the article besides its text (command-line options, the explorer's form). */
export interface DraftMetadata {
  url?: string;
  publisher?: string;
  /** YYYY-MM-DD; overrides the date found in the text. */
  publishedOn?: string;
  title?: string;
}

/** The source block of a draft, with the rule that found each field the caller did not give. */
export type DraftSource = Omit<SeedSource, "textFile" | "original"> & {
  /** Editor lines ("Editor: …") the page prints; the format has no field for them yet. */
  editor?: string;
  /** field → rule, for the reviewer ("publishedOn: date.weekday-day-month"). */
  rules: Record<string, string>;
};

/** A whole draft: the cleaned text, the source's metadata, every proposal, and the YAML to review. */
export interface Draft {
  text: string;
  source: DraftSource;
  sentences: Sentence[];
  proposals: Proposal[];
  yaml: string;
}
