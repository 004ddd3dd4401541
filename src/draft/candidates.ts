import type { SeedEntity, SeedRelationship } from "../model/format.js";
import type { Span } from "./types.js";

/**
 * What each recogniser of entities returns before recognize() merges them: a mention of an entity with the
 * rule that found it. Several candidates may name one entity (a person by full name, then by first name);
 * recognize() resolves them to one proposal per entity and keeps every mention for the other rules.
 */

/** An entity without its evidence, every kind with its own fields. */
export type EntityDraftOf = SeedEntity extends infer E
  ? E extends SeedEntity
    ? Omit<E, "evidence">
    : never
  : never;

/** A relationship without its evidence. */
export type RelationshipDraftOf = Omit<SeedRelationship, "evidence">;

export interface EntityCandidate {
  /** The words that name it in the text. */
  span: Span;
  /** The shortest span that states what the proposal says (a title with the name, "X (ACR)"); `span` if unset. */
  statedBy?: Span;
  rule: string;
  confidence: number;
  entity: EntityDraftOf;
  /** Set when it names one of the graph's entities. */
  existingId?: string;
  /** What the reviewer should check. */
  note?: string;
}

export interface RelationshipCandidate {
  span: Span;
  rule: string;
  confidence: number;
  relationship: RelationshipDraftOf;
  note?: string;
}

/** The text between two spans is only spaces (and at most `extra`, such as a comma). */
export function adjacent(text: string, left: Span, right: Span, extra: RegExp = /^\s*$/): boolean {
  return left.end <= right.start && extra.test(text.slice(left.end, right.start));
}
