import type { EntityKind, RelationshipType, SeedEntity } from "../seed/format.js";

/**
 * The shared vocabulary of article drafts (issue 16): a draft is a list of proposals, each found by a named
 * rule, with a confidence and the verbatim span of the cleaned text that states it. The YAML writer turns
 * proposals into the import format; the reviewer accepts, edits or rejects each one.
 */

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
}

/** An entity mention: an existing entity (`existingId`) or a new one (`entity`, evidence left to the writer). */
export interface EntityProposal extends ProposalBase {
  type: "entity";
  /** Set when the mention resolves to an entity of the graph; `entity` then repeats its kind, id and name. */
  existingId?: string;
  entity: Omit<SeedEntity, "evidence">;
}

export interface RelationshipProposal extends ProposalBase {
  type: "relationship";
  relationship: {
    type: RelationshipType;
    from: string;
    to: string;
    title?: string;
    role?: string;
    observedOn?: string;
  };
}

export type Proposal = EntityProposal | RelationshipProposal;
