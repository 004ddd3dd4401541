import type { ObservedOnBasis } from "../domain/observation.js";
import type { SeedEntity, SeedRelationship, SeedSource, SeedStatement } from "./format.js";

/** The fact records every layer reads: sources with their text, entities, relationships, evidence. */

export interface EvidenceRecord {
  id: string;
  /** Id of the entity or relationship the quote supports. */
  about: string;
  sourceId: string;
  quote: string;
  start: number;
  end: number;
}

export interface SourceRecord extends SeedSource {
  text: string;
}

export type EntityRecord = SeedEntity & { sourceIds: string[] };

export interface RelationshipRecord extends Omit<SeedRelationship, "evidence" | "key"> {
  id: string;
  /** The latest date a source observes it on (observedOn is the earliest). */
  lastObservedOn?: string;
  /** How observedOn was established: stated, or derived (src/domain/observation.ts). */
  observedOnBasis?: ObservedOnBasis;
  sourceIds: string[];
}

/**
 * A statement of one source; its quote is an EvidenceRecord about its id, like any fact's. `date` is always
 * set where anything dates it: stated, or derived from the source (its publication date, else a year its
 * text gives), and then `dateDerived`.
 */
export interface StatementRecord extends Omit<SeedStatement, "quote"> {
  sourceId: string;
  dateDerived: boolean;
}

/** Facts to write: what the seed compiler produces, and what an import or a mutation plans. */
export interface GraphChanges {
  sources: SourceRecord[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
  evidence: EvidenceRecord[];
  statements: StatementRecord[];
}
