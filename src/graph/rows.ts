import type { EntityKind } from "../model/kinds.js";
import type { RelationshipType } from "../model/relationships.js";
import type { ObservedOnBasis } from "../domain/observation.js";
import type { Stance } from "../model/statements.js";

/**
 * The shapes src/graph returns: plain objects read straight off Neo4j nodes and relationships. The
 * generated resolver types use them as the parents of the GraphQL types (codegen.ts `mappers`).
 */

export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description?: string | null;
  inferred?: string | null;
  inferredFrom?: string[] | null;
  /** Kind-specific properties (type, country, status, value, unit, ...), read by the default resolvers. */
  [property: string]: unknown;
}

export interface RelationshipRow {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  title?: string | null;
  titleEn?: string | null;
  role?: string | null;
  observedOn?: string | null;
  observedOnBasis?: ObservedOnBasis | null;
  lastObservedOn?: string | null;
  since?: string | null;
  until?: string | null;
  inferred?: string | null;
  inferredFrom?: string[] | null;
}

export interface SourceRow {
  id: string;
  publisher: string;
  title: string;
  publishedOn?: string | null;
  dateNote?: string | null;
  language: string;
  author?: string | null;
  url?: string | null;
  text: string;
}

export interface EvidenceRow {
  id: string;
  about: string;
  quote: string;
  start: number;
  end: number;
  sourceId: string;
  /** The publication date of its source, so that quotes can be ordered by date without another query. */
  sourcePublishedOn?: string | null;
}

/** A statement (src/graph/statements.ts): its fields and the ids it ties to. */
export interface StatementRow {
  id: string;
  paraphrase: string;
  stance?: Stance | null;
  date?: string | null;
  dateDerived: boolean;
  sourceId: string;
  speakerId: string;
  placeId?: string | null;
  aboutIds: string[];
}

/** A HOLDS_POSITION tie as a Position, with the date `positions(asOf:)` asked about, if any. */
export type PositionRow = RelationshipRow & { asOf?: string | null };

/** Anything `node(id)` can return. */
export type NodeRow =
  | (EntityRow & { __typename?: never })
  | (SourceRow & { kind?: undefined })
  | RelationshipRow
  | (StatementRow & { kind?: undefined });

/** Cypher projections that produce the rows above; one definition so every query returns the same shape. */
export function entityRow(variable = "n"): string {
  return `${variable} { .* }`;
}
export function relationshipRow(r: string): string {
  return `${r} { .*, type: type(${r}), fromId: startNode(${r}).id, toId: endNode(${r}).id }`;
}
