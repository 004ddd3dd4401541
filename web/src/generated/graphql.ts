/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A correction to a new entity of a draft: every proposal, tie and figure of it follows. */
export type DraftEntityEdit = {
  /** The id the draft proposed. */
  id: string | number;
  name?: string | null | undefined;
  newId?: string | number | null | undefined;
};

/** What a draft proposes: an entity (new or already in the graph), a relationship between two, or a statement. */
export type DraftProposalKind =
  | 'ENTITY'
  | 'RELATIONSHIP'
  | 'STATEMENT';

export type DraftReviewInput = {
  /** Corrections to new entities the draft proposes. */
  edits?: Array<DraftEntityEdit>;
  /** Keys of the proposals the editor rejected (DraftProposal.key). */
  rejected?: Array<string | number>;
};

/** An article's page as pasted, with what the editor knows of it that the page may not print. */
export type DraftSourceInput = {
  /** Overrides the date the dateline gives. */
  publishedOn?: string | null | undefined;
  publisher?: string | null | undefined;
  /**
   * The editor's review of an earlier draft of the same input: the draft is made again, then rebuilt without
   * the rejected proposals and with the edits, and its YAML is what importSource takes.
   */
  review?: DraftReviewInput | null | undefined;
  /** The page's text, furniture included: it is removed as `npm run draft` removes it. */
  text: string;
  /** The headline, when the text has none. */
  title?: string | null | undefined;
  /** The article's address (gives the publisher, and maybe the title). */
  url?: string | null | undefined;
};

export type EntityKind =
  | 'Agreement'
  | 'Commodity'
  | 'Event'
  | 'Facility'
  | 'Indicator'
  | 'Organization'
  | 'Person'
  | 'Place'
  | 'Programme'
  | 'Regulation'
  | 'Topic';

/** An article in the seed format: the YAML of seed/data/*.yaml and the text its quotes come from. */
export type ImportInput = {
  /** Report what would change without writing anything. */
  dryRun?: boolean;
  text: string;
  yaml: string;
};

export type IndicatorBasis =
  /** Achieved or measured. */
  | 'ACTUAL'
  /** Pledged, such as an investment. */
  | 'COMMITTED'
  /** Planned, such as a capacity to be built. */
  | 'PLANNED'
  /** Aimed at. */
  | 'TARGET';

/** How a tie's observation date was established (docs/model.md, Time). */
export type ObservedOnBasis =
  /** Derived: the start date of the event the tie is about (a TOOK_PART_IN, a COVERS of an event, ...). */
  | 'EVENT'
  /** Derived: the earliest publication date of the sources that quote the tie. */
  | 'SOURCE'
  /** The source states the date (observedOn in the seed file or the write). */
  | 'STATED'
  /** Derived: the latest year ('tahun 2023') the text of an undated source speaks of. */
  | 'TEXT_YEAR';

export type OrganizationType =
  | 'COMMUNITY_GROUP'
  | 'COMPANY'
  | 'DIRECTORATE_GENERAL'
  | 'FOREIGN_GOVERNMENT_BODY'
  | 'GOVERNMENT'
  | 'HOLDING'
  | 'INTERNATIONAL_ORGANIZATION'
  | 'MEDIA'
  | 'MINISTRY'
  | 'SECRETARIAT_GENERAL'
  | 'STATE_OWNED_ENTERPRISE'
  | 'UNIVERSITY';

export type RelationshipType =
  | 'BENEFICIARY_OF'
  | 'BUILDS'
  | 'CITES'
  | 'COVERS'
  | 'HOLDS_POSITION'
  | 'IMPLEMENTS'
  | 'ISSUED'
  | 'LOCATED_IN'
  | 'MEASURES'
  | 'MEMBER_OF'
  | 'OPERATES'
  | 'OWNS'
  | 'PARTNER_OF'
  | 'PARTY_TO'
  | 'PART_OF'
  | 'PRODUCES'
  | 'SUPPLIER_OF'
  | 'TOOK_PART_IN'
  | 'UNIT_OF';

export type SearchEntitiesQueryVariables = Exact<{
  query: string;
  first: number;
}>;


export type SearchEntitiesQuery = { search: { totalCount: number, edges: Array<{ node: { score: number, entity:
          | { id: string, kind: EntityKind, name: string, description: string | null }
          | { id: string, kind: EntityKind, name: string, description: string | null }
          | { id: string, kind: EntityKind, name: string, description: string | null }
          | { id: string, kind: EntityKind, name: string, description: string | null }
          | { id: string, kind: EntityKind, name: string, description: string | null }
          | { id: string, kind: EntityKind, name: string, description: string | null }
          | { id: string, kind: EntityKind, name: string, description: string | null }
          | { id: string, kind: EntityKind, name: string, description: string | null }
          | { id: string, kind: EntityKind, name: string, description: string | null }
          | { id: string, kind: EntityKind, name: string, description: string | null }
          | { id: string, kind: EntityKind, name: string, description: string | null }
         } }> } };

export type EntityPageQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type EntityPageQuery = { entity:
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, inferred: string | null, inferredFrom: Array<string> | null, evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string, publishedOn: string | null } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, title: string | null, role: string | null, observedOn: string | null, observedOnBasis: ObservedOnBasis | null, inferred: string | null, inferredFrom: Array<string> | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string } }> } }> }, indicators: Array<{ value: number, unit: string, period: string | null, basis: IndicatorBasis, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, inferred: string | null, inferredFrom: Array<string> | null, evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string, publishedOn: string | null } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, title: string | null, role: string | null, observedOn: string | null, observedOnBasis: ObservedOnBasis | null, inferred: string | null, inferredFrom: Array<string> | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string } }> } }> }, indicators: Array<{ value: number, unit: string, period: string | null, basis: IndicatorBasis, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, inferred: string | null, inferredFrom: Array<string> | null, evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string, publishedOn: string | null } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, title: string | null, role: string | null, observedOn: string | null, observedOnBasis: ObservedOnBasis | null, inferred: string | null, inferredFrom: Array<string> | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string } }> } }> }, indicators: Array<{ value: number, unit: string, period: string | null, basis: IndicatorBasis, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, inferred: string | null, inferredFrom: Array<string> | null, evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string, publishedOn: string | null } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, title: string | null, role: string | null, observedOn: string | null, observedOnBasis: ObservedOnBasis | null, inferred: string | null, inferredFrom: Array<string> | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string } }> } }> }, indicators: Array<{ value: number, unit: string, period: string | null, basis: IndicatorBasis, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, inferred: string | null, inferredFrom: Array<string> | null, evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string, publishedOn: string | null } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, title: string | null, role: string | null, observedOn: string | null, observedOnBasis: ObservedOnBasis | null, inferred: string | null, inferredFrom: Array<string> | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string } }> } }> }, indicators: Array<{ value: number, unit: string, period: string | null, basis: IndicatorBasis, id: string, name: string }> }
    | { type: OrganizationType, country: string | null, parentInferred: string | null, id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, inferred: string | null, inferredFrom: Array<string> | null, parent: { id: string, name: string, kind: EntityKind } | null, positions: Array<{ id: string, title: string, titleEn: string | null, observedOn: string | null, inferredSpan: boolean, person: { id: string, name: string } }>, evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string, publishedOn: string | null } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, title: string | null, role: string | null, observedOn: string | null, observedOnBasis: ObservedOnBasis | null, inferred: string | null, inferredFrom: Array<string> | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string } }> } }> }, indicators: Array<{ value: number, unit: string, period: string | null, basis: IndicatorBasis, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, inferred: string | null, inferredFrom: Array<string> | null, positions: Array<{ id: string, title: string, titleEn: string | null, observedOn: string | null, inferredSpan: boolean, organization: { id: string, name: string } }>, evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string, publishedOn: string | null } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, title: string | null, role: string | null, observedOn: string | null, observedOnBasis: ObservedOnBasis | null, inferred: string | null, inferredFrom: Array<string> | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string } }> } }> }, indicators: Array<{ value: number, unit: string, period: string | null, basis: IndicatorBasis, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, inferred: string | null, inferredFrom: Array<string> | null, evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string, publishedOn: string | null } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, title: string | null, role: string | null, observedOn: string | null, observedOnBasis: ObservedOnBasis | null, inferred: string | null, inferredFrom: Array<string> | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string } }> } }> }, indicators: Array<{ value: number, unit: string, period: string | null, basis: IndicatorBasis, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, inferred: string | null, inferredFrom: Array<string> | null, evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string, publishedOn: string | null } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, title: string | null, role: string | null, observedOn: string | null, observedOnBasis: ObservedOnBasis | null, inferred: string | null, inferredFrom: Array<string> | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string } }> } }> }, indicators: Array<{ value: number, unit: string, period: string | null, basis: IndicatorBasis, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, inferred: string | null, inferredFrom: Array<string> | null, evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string, publishedOn: string | null } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, title: string | null, role: string | null, observedOn: string | null, observedOnBasis: ObservedOnBasis | null, inferred: string | null, inferredFrom: Array<string> | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string } }> } }> }, indicators: Array<{ value: number, unit: string, period: string | null, basis: IndicatorBasis, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, inferred: string | null, inferredFrom: Array<string> | null, evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string, publishedOn: string | null } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, title: string | null, role: string | null, observedOn: string | null, observedOnBasis: ObservedOnBasis | null, inferred: string | null, inferredFrom: Array<string> | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string } }> } }> }, indicators: Array<{ value: number, unit: string, period: string | null, basis: IndicatorBasis, id: string, name: string }> }
   | null };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
    >, edges: Array<{ id: string, type: RelationshipType, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type FindPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type FindPathQuery = { path: { length: number, hops: Array<{ forward: boolean, from:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , to:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , relationship: { type: RelationshipType, evidence: Array<{ quote: string, source: { id: string, title: string, publisher: string } }> } }> } | null };

export type SourcePageQueryVariables = Exact<{
  id: string | number;
}>;


export type SourcePageQuery = { node:
    | { id: string, title: string, publisher: string, publishedOn: string | null, author: string | null, url: string | null, text: string }
    | Record<PropertyKey, never>
   | null };

export type DraftArticleMutationVariables = Exact<{
  input: DraftSourceInput;
}>;


export type DraftArticleMutation = { draftSource: { draft: { sourceId: string, title: string, publisher: string, publishedOn: string | null, yaml: string, text: string, dropped: Array<string>, sentences: Array<{ start: number, end: number }>, proposals: Array<{ key: string, kind: DraftProposalKind, id: string, name: string | null, entityKind: EntityKind | null, existingId: string | null, rule: string, confidence: number, note: string | null, quote: string, start: number, end: number, type: RelationshipType | null, from: string | null, to: string | null }> } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type ImportArticleMutationVariables = Exact<{
  input: ImportInput;
}>;


export type ImportArticleMutation = { importSource: { dryRun: boolean, applied: boolean, report: { createdEntities: Array<string>, updatedEntities: Array<string>, createdRelationships: Array<string>, updatedRelationships: Array<string>, addedEvidence: number, createdSources: Array<string>, changes: boolean, candidates: Array<{ id: string, sharedNames: Array<string>, matches: Array<
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        > }> } | null, userErrors: Array<{ field: Array<string>, message: string }> } };


export const SearchEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchEntitiesQuery, SearchEntitiesQueryVariables>;
export const EntityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"inferredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"observedOnBasis"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"inferredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInferred"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentInferred"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inferredSpan"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inferredSpan"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityPageQuery, EntityPageQueryVariables>;
export const NeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighborhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"hops"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const FindPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forward"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindPathQuery, FindPathQueryVariables>;
export const SourcePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourcePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<SourcePageQuery, SourcePageQueryVariables>;
export const DraftArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"yaml"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropped"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DraftArticleMutation, DraftArticleMutationVariables>;
export const ImportArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdEntities"}},{"kind":"Field","name":{"kind":"Name","value":"updatedEntities"}},{"kind":"Field","name":{"kind":"Name","value":"createdRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"updatedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"addedEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"createdSources"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedNames"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportArticleMutation, ImportArticleMutationVariables>;