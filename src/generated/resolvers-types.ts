import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow, NodeRow, RelationshipRow, PositionRow, SourceRow, EvidenceRow, StatementRow } from '../graph/rows.js';
import type { SourceCountRow, QuoteHitRow } from '../graph/search.js';
import type { GraphQLContext } from '../resolvers/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date as the sources give it: YYYY-MM-DD, or coarser (YYYY-MM, YYYY) when that is all they say. */
  Date: { input: string; output: string; }
};

export type About = {
  __typename?: 'About';
  neo4jEdition: Scalars['String']['output'];
  /** Neo4j version and edition behind it. */
  neo4jVersion: Scalars['String']['output'];
  /** Version of this API. */
  version: Scalars['String']['output'];
};

export type AddEvidenceInput = {
  /** The id of the entity or relationship the quote supports. */
  about: Scalars['ID']['input'];
  quote: Scalars['String']['input'];
  sourceId: Scalars['ID']['input'];
};

export type Agreement = Entity & Node & {
  __typename?: 'Agreement';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Figures about this entity. */
  indicators: Array<Indicator>;
  inferred?: Maybe<Scalars['String']['output']>;
  /** For an inferred fact: the passages of its evidence that state the premises it is inferred from. */
  inferredFrom?: Maybe<Array<Scalars['String']['output']>>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  /** Statements about this entity, in date order; `by` a speaker, `from`/`to` on their dates. */
  statementsAbout: StatementConnection;
  status: AgreementStatus;
};


export type AgreementRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


export type AgreementStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type AgreementStatus =
  | 'ENDED'
  | 'EXPLORED'
  | 'IN_FORCE'
  | 'PROPOSED'
  | 'SIGNED';

export type AuditConnection = {
  __typename?: 'AuditConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One applied write. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The mutation, e.g. upsertEntity. */
  action: Scalars['String']['output'];
  /** The API key name (or cli:<user> for the import CLI). */
  actor: Scalars['String']['output'];
  /** When, as an ISO 8601 timestamp. */
  at: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  /** The ids it touched. */
  targets: Array<Scalars['ID']['output']>;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/**
 * What a write changed; in a dry run, or when the write was refused (it has userErrors), what it would have
 * changed: nothing of a refused write is written. Its candidates say why a write was refused as a duplicate.
 */
export type ChangeReport = {
  __typename?: 'ChangeReport';
  addedEvidence: Scalars['Int']['output'];
  /** Entities of the input that may be existing actors under another id; a write with any is refused. */
  candidates: Array<DuplicateCandidate>;
  /** Whether anything changed (or would change, in a dry run or a refused write) at all. */
  changes: Scalars['Boolean']['output'];
  createdEntities: Array<Scalars['ID']['output']>;
  createdRelationships: Array<Scalars['ID']['output']>;
  createdSources: Array<Scalars['ID']['output']>;
  /** Statements the write adds (statement ids). */
  createdStatements: Array<Scalars['ID']['output']>;
  updatedEntities: Array<Scalars['ID']['output']>;
  updatedRelationships: Array<Scalars['ID']['output']>;
};

export type Commodity = Entity & Node & {
  __typename?: 'Commodity';
  aliases: Array<Scalars['String']['output']>;
  category: CommodityCategory;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Figures about this entity. */
  indicators: Array<Indicator>;
  inferred?: Maybe<Scalars['String']['output']>;
  /** For an inferred fact: the passages of its evidence that state the premises it is inferred from. */
  inferredFrom?: Maybe<Array<Scalars['String']['output']>>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  /** Statements about this entity, in date order; `by` a speaker, `from`/`to` on their dates. */
  statementsAbout: StatementConnection;
};


export type CommodityRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


export type CommodityStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type CommodityCategory =
  | 'ENERGY'
  | 'METAL'
  | 'MINERAL'
  | 'PRODUCT';

export type DeletePayload = {
  __typename?: 'DeletePayload';
  deletedEvidence: Scalars['Int']['output'];
  deletedId?: Maybe<Scalars['ID']['output']>;
  deletedRelationships: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

export type Direction =
  | 'BOTH'
  /** Relationships that end at this entity. */
  | 'INCOMING'
  /** Relationships that start at this entity. */
  | 'OUTGOING';

/** A draft for review: importSource(input: { yaml, text }) takes its yaml and text as they are. */
export type Draft = {
  __typename?: 'Draft';
  /** What the rules proposed but could not keep, and why. */
  dropped: Array<Scalars['String']['output']>;
  proposals: Array<DraftProposal>;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  publisher: Scalars['String']['output'];
  sentences: Array<DraftSentence>;
  sourceId: Scalars['ID']['output'];
  /** The page without its furniture: every line a line of the page; quotes and offsets refer to it. */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** The import format (seed/data/*.yaml), every entry commented with its rule and confidence. */
  yaml: Scalars['String']['output'];
};

/** A correction to a new entity of a draft: every proposal, tie and figure of it follows. */
export type DraftEntityEdit = {
  /** The id the draft proposed. */
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  newId?: InputMaybe<Scalars['ID']['input']>;
};

export type DraftPayload = {
  __typename?: 'DraftPayload';
  draft?: Maybe<Draft>;
  userErrors: Array<UserError>;
};

/** One proposal of a draft, with the rule that made it and the verbatim span of the cleaned text that states it. */
export type DraftProposal = {
  __typename?: 'DraftProposal';
  /** 0 to 1: how sure the rule is. */
  confidence: Scalars['Float']['output'];
  end: Scalars['Int']['output'];
  /** The entity's kind, for an entity. */
  entityKind?: Maybe<EntityKind>;
  /** Set when the entity is already in the graph: the draft then adds this article's mention to it. */
  existingId?: Maybe<Scalars['ID']['output']>;
  from?: Maybe<Scalars['ID']['output']>;
  /** The entity's id (for a relationship: the relationship's; for a statement: the speaker's). */
  id: Scalars['ID']['output'];
  /** Stable for the same input against the same graph: what DraftReviewInput.rejected names. */
  key: Scalars['ID']['output'];
  kind: DraftProposalKind;
  /** The entity's name (for a statement: the speech verb). */
  name?: Maybe<Scalars['String']['output']>;
  /** What to check (an inferred year, a subject taken from an earlier sentence, ...). */
  note?: Maybe<Scalars['String']['output']>;
  /** text[start, end): the quote the import will cite. */
  quote: Scalars['String']['output'];
  rule: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  to?: Maybe<Scalars['ID']['output']>;
  /** For a relationship. */
  type?: Maybe<RelationshipType>;
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
  rejected?: Array<Scalars['ID']['input']>;
};

/** A sentence of the cleaned text, as offsets into it. */
export type DraftSentence = {
  __typename?: 'DraftSentence';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/** An article's page as pasted, with what the editor knows of it that the page may not print. */
export type DraftSourceInput = {
  /** Overrides the date the dateline gives. */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  /**
   * The editor's review of an earlier draft of the same input: the draft is made again, then rebuilt without
   * the rejected proposals and with the edits, and its YAML is what importSource takes.
   */
  review?: InputMaybe<DraftReviewInput>;
  /** The page's text, furniture included: it is removed as `npm run draft` removes it. */
  text: Scalars['String']['input'];
  /** The headline, when the text has none. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The article's address (gives the publisher, and maybe the title). */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  /** The id in the input. */
  id: Scalars['ID']['output'];
  /** Existing entities of the same kind sharing a name or alias with it. */
  matches: Array<Entity>;
  /** The shared names. */
  sharedNames: Array<Scalars['String']['output']>;
};

/** An actor, thing or fact of the knowledge graph. */
export type Entity = {
  /** Other names: Indonesian and English names, acronyms. */
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The quotes that state this entity. */
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Figures about this entity. */
  indicators: Array<Indicator>;
  /** Set when the entity is inferred rather than stated: what it is inferred from. */
  inferred?: Maybe<Scalars['String']['output']>;
  /** For an inferred fact: the passages of its evidence that state the premises it is inferred from. */
  inferredFrom?: Maybe<Array<Scalars['String']['output']>>;
  kind: EntityKind;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  /** Statements about this entity, in date order; `by` a speaker, `from`/`to` on their dates. */
  statementsAbout: StatementConnection;
};


/** An actor, thing or fact of the knowledge graph. */
export type EntityRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


/** An actor, thing or fact of the knowledge graph. */
export type EntityStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

/** Filters shared by every list: all given conditions must hold. */
export type EntityFilter = {
  /** Indicator basis. */
  basis?: InputMaybe<IndicatorBasis>;
  /** Only agreements, programmes and events that cover this commodity. */
  commodity?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 3166 alpha-2 country code (organizations, places). */
  country?: InputMaybe<Scalars['String']['input']>;
  /**
   * Date range, inclusive, on the entity's own date: an event's startDate, an indicator's period, a
   * programme's years, a source's publication date. Coarse dates compare by their common part.
   */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only these kinds (entities list only). */
  kinds?: InputMaybe<Array<EntityKind>>;
  /** Indicator metric, e.g. aluminium_production. */
  metric?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of the name or of an alias. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only agreements or programmes this organization or person is party to. */
  party?: InputMaybe<Scalars['ID']['input']>;
  /** Only entities tied to this entity by any relationship (e.g. a party, a participant, an operator). */
  relatedTo?: InputMaybe<Scalars['ID']['input']>;
  /** Agreement status. */
  status?: InputMaybe<AgreementStatus>;
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Organization, place or facility type, as the enum value's name (e.g. DIRECTORATE_GENERAL, SMELTER). */
  type?: InputMaybe<Scalars['String']['input']>;
};

/**
 * An entity to create or update, identified by its stable id. The fields after `evidence` belong to particular
 * kinds (see the types of the same name); giving one to a kind that does not have it is refused.
 */
export type EntityInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  basis?: InputMaybe<IndicatorBasis>;
  bound?: InputMaybe<IndicatorBound>;
  category?: InputMaybe<CommodityCategory>;
  country?: InputMaybe<Scalars['String']['input']>;
  /** Indicator: an ISO 4217 code (IDR, USD, CNY) for a money figure. */
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Existing entities this one is known to be distinct from, although a name or alias matches. */
  distinctFrom?: InputMaybe<Array<Scalars['ID']['input']>>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endYear?: InputMaybe<Scalars['Int']['input']>;
  evidence: Array<EvidenceInput>;
  id: Scalars['ID']['input'];
  inForceFrom?: InputMaybe<Scalars['Date']['input']>;
  inferred?: InputMaybe<Scalars['String']['input']>;
  instrument?: InputMaybe<RegulationInstrument>;
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  kind: EntityKind;
  metric?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  number?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  /** Indicator: the Commodity id of what the figure counts. */
  product?: InputMaybe<Scalars['ID']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  startYear?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AgreementStatus>;
  subject?: InputMaybe<Scalars['ID']['input']>;
  /** Facility: the process or technology as the source names it. */
  technology?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Float']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
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

/** How list queries are ordered. Ties are always broken by id, so the order is stable across pages. */
export type EntityOrder =
  | 'ID_ASC'
  | 'NAME_ASC'
  | 'NAME_DESC';

export type EntityPayload = {
  __typename?: 'EntityPayload';
  entity?: Maybe<Entity>;
  report?: Maybe<ChangeReport>;
  userErrors: Array<UserError>;
};

export type Event = Entity & Node & {
  __typename?: 'Event';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  endDate?: Maybe<Scalars['Date']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Figures about this entity. */
  indicators: Array<Indicator>;
  inferred?: Maybe<Scalars['String']['output']>;
  /** For an inferred fact: the passages of its evidence that state the premises it is inferred from. */
  inferredFrom?: Maybe<Array<Scalars['String']['output']>>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Statements about this entity, in date order; `by` a speaker, `from`/`to` on their dates. */
  statementsAbout: StatementConnection;
};


export type EventRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


export type EventStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** The sentence that states a fact: a verbatim quote and where it stands in its source. */
export type Evidence = {
  __typename?: 'Evidence';
  end: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  quote: Scalars['String']['output'];
  source: Source;
  /** Character offsets of the quote in `source.text` (start inclusive, end exclusive). */
  start: Scalars['Int']['output'];
};

/** A quote supporting a fact: it must occur exactly once, verbatim, in the source's text. */
export type EvidenceInput = {
  quote: Scalars['String']['input'];
  sourceId: Scalars['ID']['input'];
};

export type Facility = Entity & Node & {
  __typename?: 'Facility';
  aliases: Array<Scalars['String']['output']>;
  /** Organizations that build or built it, the contractors (BUILDS ties), by name; stated ties only unless includeInferred. */
  builders: Array<Organization>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Figures about this entity. */
  indicators: Array<Indicator>;
  inferred?: Maybe<Scalars['String']['output']>;
  /** For an inferred fact: the passages of its evidence that state the premises it is inferred from. */
  inferredFrom?: Maybe<Array<Scalars['String']['output']>>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Organizations that operate it (OPERATES ties), by name; stated ties only unless includeInferred. */
  operators: Array<Organization>;
  /** Organizations that own it (OWNS ties), by name; stated ties only unless includeInferred. */
  owners: Array<Organization>;
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  /** Statements about this entity, in date order; `by` a speaker, `from`/`to` on their dates. */
  statementsAbout: StatementConnection;
  /** Where the facility stands as its source states it; null when no source says. */
  status?: Maybe<FacilityStatus>;
  /** The process or technology as the source names it (RKEF, HPAL, ...). */
  technology?: Maybe<Scalars['String']['output']>;
  type: FacilityType;
};


export type FacilityBuildersArgs = {
  includeInferred?: Scalars['Boolean']['input'];
};


export type FacilityOperatorsArgs = {
  includeInferred?: Scalars['Boolean']['input'];
};


export type FacilityOwnersArgs = {
  includeInferred?: Scalars['Boolean']['input'];
};


export type FacilityRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


export type FacilityStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type FacilityStatus =
  | 'CLOSED'
  | 'OPERATING'
  | 'PLANNED'
  | 'UNDER_CONSTRUCTION';

export type FacilityType =
  | 'INDUSTRIAL_PARK'
  | 'PLANT'
  | 'POWER_PLANT'
  | 'REFINERY'
  | 'SMELTER';

/** An article in the seed format: the YAML of seed/data/*.yaml and the text its quotes come from. */
export type ImportInput = {
  /** Report what would change without writing anything. */
  dryRun?: Scalars['Boolean']['input'];
  text: Scalars['String']['input'];
  yaml: Scalars['String']['input'];
};

export type ImportPayload = {
  __typename?: 'ImportPayload';
  /** True when the import was written (never in a dry run, never with userErrors). */
  applied: Scalars['Boolean']['output'];
  dryRun: Scalars['Boolean']['output'];
  report?: Maybe<ChangeReport>;
  userErrors: Array<UserError>;
};

/** A figure: a capacity, target, export volume, budget or count, with its unit and period. */
export type Indicator = Entity & Node & {
  __typename?: 'Indicator';
  aliases: Array<Scalars['String']['output']>;
  basis: IndicatorBasis;
  /** How the value is bounded as printed ('lebih dari', 'tidak kurang dari', 'sekitar'); null when no bound is printed. */
  bound?: Maybe<IndicatorBound>;
  /** For a money figure: its ISO 4217 currency code (IDR, USD, CNY); `unit` keeps the unit as printed. */
  currency?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Figures about this entity. */
  indicators: Array<Indicator>;
  inferred?: Maybe<Scalars['String']['output']>;
  /** For an inferred fact: the passages of its evidence that state the premises it is inferred from. */
  inferredFrom?: Maybe<Array<Scalars['String']['output']>>;
  kind: EntityKind;
  metric: Scalars['String']['output'];
  name: Scalars['String']['output'];
  period?: Maybe<Scalars['String']['output']>;
  /** The commodity or product the figure counts (tonnes per year of a named product); null when it counts none. */
  product?: Maybe<Commodity>;
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  /** Statements about this entity, in date order; `by` a speaker, `from`/`to` on their dates. */
  statementsAbout: StatementConnection;
  /** The entity this figure is about. */
  subject: Entity;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};


/** A figure: a capacity, target, export volume, budget or count, with its unit and period. */
export type IndicatorRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A figure: a capacity, target, export volume, budget or count, with its unit and period. */
export type IndicatorStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
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

export type IndicatorBound =
  | 'ABOUT'
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'EXACT';

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: EntityKind;
};

export type MergePayload = {
  __typename?: 'MergePayload';
  /** The survivor, holding the duplicate's names, relationships and evidence. */
  entity?: Maybe<Entity>;
  movedEvidence: Scalars['Int']['output'];
  movedRelationships: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

/**
 * Writes need a bearer token of an editor (merge and delete: an admin). Each mutation is one transaction: it is
 * applied whole or not at all, and every applied write is recorded in the audit log.
 */
export type Mutation = {
  __typename?: 'Mutation';
  addEvidence: WritePayload;
  addRelationship: RelationshipPayload;
  addSource: SourcePayload;
  /** Deletes an entity with its relationships and their evidence. */
  deleteEntity: DeletePayload;
  /**
   * Drafts an article for review, as `npm run draft` does, matching names against this graph. It writes
   * nothing (no audit entry either): it is a mutation so that it needs an editor's key like the writes it
   * prepares. Give the review to rebuild the YAML from the accepted proposals.
   */
  draftSource: DraftPayload;
  /** Imports one article in the seed format; see docs/seed-format.md. */
  importSource: ImportPayload;
  /** Moves the duplicate's aliases, relationships and evidence to the survivor; the duplicate's id then resolves to it. */
  mergeEntities: MergePayload;
  removeRelationship: DeletePayload;
  upsertEntity: EntityPayload;
};


/**
 * Writes need a bearer token of an editor (merge and delete: an admin). Each mutation is one transaction: it is
 * applied whole or not at all, and every applied write is recorded in the audit log.
 */
export type MutationAddEvidenceArgs = {
  input: AddEvidenceInput;
};


/**
 * Writes need a bearer token of an editor (merge and delete: an admin). Each mutation is one transaction: it is
 * applied whole or not at all, and every applied write is recorded in the audit log.
 */
export type MutationAddRelationshipArgs = {
  input: RelationshipInput;
};


/**
 * Writes need a bearer token of an editor (merge and delete: an admin). Each mutation is one transaction: it is
 * applied whole or not at all, and every applied write is recorded in the audit log.
 */
export type MutationAddSourceArgs = {
  input: SourceInput;
};


/**
 * Writes need a bearer token of an editor (merge and delete: an admin). Each mutation is one transaction: it is
 * applied whole or not at all, and every applied write is recorded in the audit log.
 */
export type MutationDeleteEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes need a bearer token of an editor (merge and delete: an admin). Each mutation is one transaction: it is
 * applied whole or not at all, and every applied write is recorded in the audit log.
 */
export type MutationDraftSourceArgs = {
  input: DraftSourceInput;
};


/**
 * Writes need a bearer token of an editor (merge and delete: an admin). Each mutation is one transaction: it is
 * applied whole or not at all, and every applied write is recorded in the audit log.
 */
export type MutationImportSourceArgs = {
  input: ImportInput;
};


/**
 * Writes need a bearer token of an editor (merge and delete: an admin). Each mutation is one transaction: it is
 * applied whole or not at all, and every applied write is recorded in the audit log.
 */
export type MutationMergeEntitiesArgs = {
  duplicate: Scalars['ID']['input'];
  survivor: Scalars['ID']['input'];
};


/**
 * Writes need a bearer token of an editor (merge and delete: an admin). Each mutation is one transaction: it is
 * applied whole or not at all, and every applied write is recorded in the audit log.
 */
export type MutationRemoveRelationshipArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes need a bearer token of an editor (merge and delete: an admin). Each mutation is one transaction: it is
 * applied whole or not at all, and every applied write is recorded in the audit log.
 */
export type MutationUpsertEntityArgs = {
  input: EntityInput;
};

/** Anything with a stable, readable id such as `org:inalum`. */
export type Node = {
  id: Scalars['ID']['output'];
};

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

export type Organization = Entity & Node & {
  __typename?: 'Organization';
  aliases: Array<Scalars['String']['output']>;
  /** ISO 3166 alpha-2 country code. */
  country?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Figures about this entity. */
  indicators: Array<Indicator>;
  inferred?: Maybe<Scalars['String']['output']>;
  /** For an inferred fact: the passages of its evidence that state the premises it is inferred from. */
  inferredFrom?: Maybe<Array<Scalars['String']['output']>>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /**
   * The organization this one is a unit or member of (a ministry for a directorate-general), a UNIT_OF before a
   * MEMBER_OF. Only stated ties, unless `includeInferred`: then an inferred tie too, when no stated one exists,
   * and `parentInferred` says what it rests on.
   */
  parent?: Maybe<Organization>;
  /** Set when the tie `parent(includeInferred: true)` follows is inferred: what it is inferred from. */
  parentInferred?: Maybe<Scalars['String']['output']>;
  /**
   * People holding positions here. With `asOf`, only the positions held on that date: a position with no stated
   * since/until is taken to run from its first observation until another person is observed in the same title
   * after its holder was last observed in it (docs/model.md).
   */
  positions: Array<Position>;
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  /** What this organization said, in date order; `about` an entity, `from`/`to` on their dates. */
  statements: StatementConnection;
  /** Statements about this entity, in date order; `by` a speaker, `from`/`to` on their dates. */
  statementsAbout: StatementConnection;
  type: OrganizationType;
  /** Units of this organization (directorates-general of a ministry), by name: stated UNIT_OF ties only, unless `includeInferred`. */
  units: Array<Organization>;
};


export type OrganizationParentArgs = {
  includeInferred?: Scalars['Boolean']['input'];
};


export type OrganizationPositionsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type OrganizationRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


export type OrganizationStatementsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type OrganizationStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type OrganizationUnitsArgs = {
  includeInferred?: Scalars['Boolean']['input'];
};

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

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Path = {
  __typename?: 'Path';
  hops: Array<PathHop>;
  /** Number of hops. */
  length: Scalars['Int']['output'];
  /** The entities along the path, from the start to the end. */
  nodes: Array<Entity>;
};

/** Alternative paths between two entities, shortest first; when there are none, why. */
export type PathAlternatives = {
  __typename?: 'PathAlternatives';
  paths: Array<Path>;
  /** Null when there are paths; else what no path satisfied (the hops, the kinds avoided, `via`, ...). */
  reason?: Maybe<Scalars['String']['output']>;
};

/** One step of a path: a relationship and the direction it is walked in. */
export type PathHop = {
  __typename?: 'PathHop';
  /** False when the hop walks the relationship against its direction. */
  forward: Scalars['Boolean']['output'];
  /** The entity this hop starts at. */
  from: Entity;
  relationship: Relationship;
  /** The entity this hop arrives at. */
  to: Entity;
};

export type Person = Entity & Node & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Figures about this entity. */
  indicators: Array<Indicator>;
  inferred?: Maybe<Scalars['String']['output']>;
  /** For an inferred fact: the passages of its evidence that state the premises it is inferred from. */
  inferredFrom?: Maybe<Array<Scalars['String']['output']>>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Positions of this person; with `asOf`, those held on that date (see Organization.positions). */
  positions: Array<Position>;
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  /** What this person said, in date order; `about` an entity, `from`/`to` on their dates. */
  statements: StatementConnection;
  /** Statements about this entity, in date order; `by` a speaker, `from`/`to` on their dates. */
  statementsAbout: StatementConnection;
};


export type PersonPositionsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type PersonRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


export type PersonStatementsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type PersonStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type Place = Entity & Node & {
  __typename?: 'Place';
  aliases: Array<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Figures about this entity. */
  indicators: Array<Indicator>;
  inferred?: Maybe<Scalars['String']['output']>;
  /** For an inferred fact: the passages of its evidence that state the premises it is inferred from. */
  inferredFrom?: Maybe<Array<Scalars['String']['output']>>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  /** Statements about this entity, in date order; `by` a speaker, `from`/`to` on their dates. */
  statementsAbout: StatementConnection;
  type: PlaceType;
};


export type PlaceRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


export type PlaceStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type PlaceType =
  | 'AREA'
  | 'CITY'
  | 'COUNTRY'
  | 'DISTRICT'
  | 'PROVINCE'
  | 'REGENCY';

/** A person's position in an organization (a HOLDS_POSITION relationship). */
export type Position = {
  __typename?: 'Position';
  /** With `positions(asOf:)`, the quotes of sources observed on or before that date come first. */
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Set when the position is inferred rather than stated: what it is inferred from. */
  inferred?: Maybe<Scalars['String']['output']>;
  inferredFrom?: Maybe<Array<Scalars['String']['output']>>;
  /**
   * Whether the position's time span is inferred from observations (no since/until stated): the holder
   * observed most recently before a date is taken to hold the title on that date.
   */
  inferredSpan: Scalars['Boolean']['output'];
  lastObservedOn?: Maybe<Scalars['Date']['output']>;
  observedOn?: Maybe<Scalars['Date']['output']>;
  observedOnBasis?: Maybe<ObservedOnBasis>;
  organization: Organization;
  person: Person;
  since?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  titleEn?: Maybe<Scalars['String']['output']>;
  until?: Maybe<Scalars['Date']['output']>;
};

export type Programme = Entity & Node & {
  __typename?: 'Programme';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  endYear?: Maybe<Scalars['Int']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Figures about this entity. */
  indicators: Array<Indicator>;
  inferred?: Maybe<Scalars['String']['output']>;
  /** For an inferred fact: the passages of its evidence that state the premises it is inferred from. */
  inferredFrom?: Maybe<Array<Scalars['String']['output']>>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  startYear?: Maybe<Scalars['Int']['output']>;
  /** Statements about this entity, in date order; `by` a speaker, `from`/`to` on their dates. */
  statementsAbout: StatementConnection;
};


export type ProgrammeRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


export type ProgrammeStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** The server and its database, for clients that want to show it. */
  about: About;
  agreements: EntityConnection;
  /** The audit log, newest first (admins only). */
  auditLog: AuditConnection;
  commodities: EntityConnection;
  /** Every entity, of any kind, filtered and paged. */
  entities: EntityConnection;
  /** An entity by its id, or null when there is none. */
  entity?: Maybe<Entity>;
  events: EntityConnection;
  /**
   * Full-text search over the verbatim quotes (the sentences facts are drawn from), ranked as `search` ranks
   * entities, the lexicon's terms in both languages ("smelter" also finds "pabrik peleburan"); each quote
   * with its source, offsets and the facts it supports. Typos as in `search`, without a suggestion.
   */
  evidenceSearch: QuoteHitConnection;
  facilities: EntityConnection;
  indicators: EntityConnection;
  /**
   * The entities within `hops` (1-3) of an entity and the relationships among them. NOT_FOUND for an unknown id.
   * `relationshipTypes` and `asOf` choose the relationships walked and shown (`asOf`: ties that hold on that
   * date, by the rule of Entity.relationships(asOf)).
   */
  neighborhood: Subgraph;
  /** Any node by its id, or null when there is none. */
  node?: Maybe<Node>;
  organizations: EntityConnection;
  /**
   * The shortest connection between two entities, of at most `maxHops` (1-6) relationships walked in either
   * direction, with each hop's evidence; null when there is none (`paths` says why). NOT_FOUND for an unknown
   * id. It passes no entity of `excludeKinds` (the ends may be), walks only `relationshipTypes` and ties that
   * hold on `asOf`, and passes `via` when given. Of several shortest ones, the first by the ids along it.
   */
  path?: Maybe<Path>;
  /**
   * Up to `first` (1-10) distinct paths between two entities, each through different entities: shortest
   * first, then by the ids along them, the same every time, each hop with its evidence. Taken from the three
   * shortest lengths there are. The arguments as for `path`. NOT_FOUND for an unknown id.
   */
  paths: PathAlternatives;
  people: EntityConnection;
  places: EntityConnection;
  programmes: EntityConnection;
  regulations: EntityConnection;
  /**
   * Full-text search over names, aliases and descriptions, in Indonesian and English ("nikel" and "nickel"
   * both find nickel; acronyms such as "Kemenperin" find the ministry). Lucene syntax characters are taken
   * literally.
   */
  search: SearchConnection;
  /** The news articles the graph is built from. */
  sources: Array<Source>;
  /**
   * Statements in date order (undated last), then by id. All given filters must hold: `by` a speaker, `about` an
   * entity, and `from`/`to` (inclusive) on the statement's date, coarse dates compared by their common part.
   */
  statements: StatementConnection;
  /** Counts per kind and per relationship type. */
  stats: Stats;
  topics: EntityConnection;
};


export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: EntityOrder;
};


export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryCommoditiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: EntityOrder;
};


export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: EntityOrder;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: EntityOrder;
};


export type QueryEvidenceSearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  query: Scalars['String']['input'];
};


export type QueryFacilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: EntityOrder;
};


export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: EntityOrder;
};


export type QueryNeighborhoodArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  hops?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: Scalars['Int']['input'];
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: EntityOrder;
};


export type QueryPathArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  excludeKinds?: InputMaybe<Array<EntityKind>>;
  from: Scalars['ID']['input'];
  maxHops?: Scalars['Int']['input'];
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  to: Scalars['ID']['input'];
  via?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPathsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  excludeKinds?: InputMaybe<Array<EntityKind>>;
  first?: Scalars['Int']['input'];
  from: Scalars['ID']['input'];
  maxHops?: Scalars['Int']['input'];
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  to: Scalars['ID']['input'];
  via?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: EntityOrder;
};


export type QueryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: EntityOrder;
};


export type QueryProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: EntityOrder;
};


export type QueryRegulationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: EntityOrder;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  query: Scalars['String']['input'];
};


export type QueryStatementsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: EntityOrder;
};

/** A quote that matches an evidenceSearch, with the facts it is evidence of. */
export type QuoteHit = {
  __typename?: 'QuoteHit';
  end: Scalars['Int']['output'];
  match: SearchMatch;
  /** The verbatim quote: `source.text` from `start` to `end`. */
  quote: Scalars['String']['output'];
  /** Relevance within its match class. */
  score: Scalars['Float']['output'];
  source: Source;
  start: Scalars['Int']['output'];
  /** The entities, relationships and statements this quote is evidence of. */
  supports: Array<Node>;
};

export type QuoteHitConnection = {
  __typename?: 'QuoteHitConnection';
  edges: Array<QuoteHitEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuoteHitEdge = {
  __typename?: 'QuoteHitEdge';
  cursor: Scalars['String']['output'];
  node: QuoteHit;
};

export type Regulation = Entity & Node & {
  __typename?: 'Regulation';
  aliases: Array<Scalars['String']['output']>;
  /** Whatever cites this regulation: organizations, people, events, agreements, programmes, regulations, by name. */
  citedBy: Array<Entity>;
  /** The regulations this one cites (CITES ties between regulations), by name; stated ties unless includeInferred. */
  cites: Array<Regulation>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** The regulations that implement this one, by name. */
  implementedBy: Array<Regulation>;
  /** The regulations this one implements (IMPLEMENTS ties), by name. */
  implements: Array<Regulation>;
  /** In force from, where a source states it. */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /** Figures about this entity. */
  indicators: Array<Indicator>;
  inferred?: Maybe<Scalars['String']['output']>;
  /** For an inferred fact: the passages of its evidence that state the premises it is inferred from. */
  inferredFrom?: Maybe<Array<Scalars['String']['output']>>;
  /** The instrument type (UU, PP, PERPRES, PERMEN, SE, PERMIT, ...); null when no source says. */
  instrument?: Maybe<RegulationInstrument>;
  /** Signed or issued on, where a source states it. */
  issuedOn?: Maybe<Scalars['Date']['output']>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  number?: Maybe<Scalars['String']['output']>;
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  /** Statements about this entity, in date order; `by` a speaker, `from`/`to` on their dates. */
  statementsAbout: StatementConnection;
  year?: Maybe<Scalars['Int']['output']>;
};


export type RegulationCitedByArgs = {
  includeInferred?: Scalars['Boolean']['input'];
};


export type RegulationCitesArgs = {
  includeInferred?: Scalars['Boolean']['input'];
};


export type RegulationImplementedByArgs = {
  includeInferred?: Scalars['Boolean']['input'];
};


export type RegulationImplementsArgs = {
  includeInferred?: Scalars['Boolean']['input'];
};


export type RegulationRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


export type RegulationStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type RegulationInstrument =
  | 'INPRES'
  | 'KEPMEN'
  | 'KEPPRES'
  | 'PERDA'
  | 'PERMEN'
  | 'PERMIT'
  | 'PERPPU'
  | 'PERPRES'
  | 'POLICY'
  | 'PP'
  | 'SE'
  | 'STANDARD'
  | 'UU';

/** A tie between two entities, with its own properties and the quotes that state it. */
export type Relationship = Node & {
  __typename?: 'Relationship';
  evidence: Array<Evidence>;
  from: Entity;
  /** Stable id: `from-[TYPE]->to`, with `#key` appended where one pair has two ties of a type. */
  id: Scalars['ID']['output'];
  /** Set when the tie is inferred rather than stated: what it is inferred from. */
  inferred?: Maybe<Scalars['String']['output']>;
  /** For an inferred tie: the passages of its evidence that state the premises it is inferred from. */
  inferredFrom?: Maybe<Array<Scalars['String']['output']>>;
  /** The last date a source observes this fact on (the same as observedOn when seen once). */
  lastObservedOn?: Maybe<Scalars['Date']['output']>;
  /**
   * The first date a source observes this fact on: stated, or derived (see observedOnBasis). Null only when
   * nothing dates it; `asOf` then leaves the tie out.
   */
  observedOn?: Maybe<Scalars['Date']['output']>;
  /** How observedOn was established: stated by the source, or derived from an event, a publication date or a year in the text. */
  observedOnBasis?: Maybe<ObservedOnBasis>;
  /** PARTY_TO, TOOK_PART_IN: the role played. */
  role?: Maybe<Scalars['String']['output']>;
  /** Start and end, only where a source states them. */
  since?: Maybe<Scalars['Date']['output']>;
  /** HOLDS_POSITION: the title as the source gives it. */
  title?: Maybe<Scalars['String']['output']>;
  /** HOLDS_POSITION: the title in English. */
  titleEn?: Maybe<Scalars['String']['output']>;
  to: Entity;
  type: RelationshipType;
  until?: Maybe<Scalars['Date']['output']>;
};

export type RelationshipConnection = {
  __typename?: 'RelationshipConnection';
  edges: Array<RelationshipEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RelationshipEdge = {
  __typename?: 'RelationshipEdge';
  cursor: Scalars['String']['output'];
  node: Relationship;
};

export type RelationshipInput = {
  evidence: Array<EvidenceInput>;
  from: Scalars['ID']['input'];
  inferred?: InputMaybe<Scalars['String']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  observedOn?: InputMaybe<Scalars['Date']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  titleEn?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['ID']['input'];
  type: RelationshipType;
  until?: InputMaybe<Scalars['Date']['input']>;
};

export type RelationshipPayload = {
  __typename?: 'RelationshipPayload';
  relationship?: Maybe<Relationship>;
  report?: Maybe<ChangeReport>;
  userErrors: Array<UserError>;
};

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

export type RelationshipTypeCount = {
  __typename?: 'RelationshipTypeCount';
  count: Scalars['Int']['output'];
  type: RelationshipType;
};

export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchHitEdge>;
  /** Hits per kind, most first, the `kinds` filter left out: what a client can narrow to. */
  facets: Array<KindCount>;
  pageInfo: PageInfo;
  /** Hits per source of their evidence, most first, the `kinds` filter left out. */
  sourceFacets: Array<SourceCount>;
  /**
   * "Did you mean": the query with its words corrected to the nearest names of the fuzzy hits ("Kemenprin" →
   * "Kemenperin"), when the exact matching found few hits; null otherwise.
   */
  suggestion?: Maybe<Scalars['String']['output']>;
  totalCount: Scalars['Int']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  match: SearchMatch;
  /** Relevance: the better of the Indonesian and the English full-text scores. */
  score: Scalars['Float']['output'];
};

export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

/**
 * How a hit matches the query, best first (docs/queries.md#search describes the ranking): the hits of a
 * better class always come before those of a worse one, and by score within a class.
 */
export type SearchMatch =
  /** Every word or term of the query, in either language. */
  | 'ALL_WORDS'
  /** Its name or an alias is what was typed: an acronym (UNIDO, Kemenperin) or an exact name. */
  | 'EXACT'
  /** Within an edit distance of 1 or 2 of the words typed: only when the others find few hits. */
  | 'FUZZY'
  /** The query's words in the order typed, or, for a query that is one lexicon term, any of its forms. */
  | 'PHRASE'
  /** Some of the query's words or terms. */
  | 'SOME_WORDS';

/** A news article the graph's facts are taken from. */
export type Source = Node & {
  __typename?: 'Source';
  author?: Maybe<Scalars['String']['output']>;
  /** How the publication date was fixed where the article does not print it in full. */
  dateNote?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** ISO 639-1 language code of the article. */
  language: Scalars['String']['output'];
  publishedOn?: Maybe<Scalars['Date']['output']>;
  publisher: Scalars['String']['output'];
  /** The article text (page furniture removed) that every quote's offsets refer to. */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

/** How many hits have evidence in one source. */
export type SourceCount = {
  __typename?: 'SourceCount';
  count: Scalars['Int']['output'];
  source: Source;
};

export type SourceInput = {
  author?: InputMaybe<Scalars['String']['input']>;
  dateNote?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** ISO 639-1 code: id or en. */
  language: Scalars['String']['input'];
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  publisher: Scalars['String']['input'];
  /** The article text, page furniture removed; quotes are located in it. */
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type SourcePayload = {
  __typename?: 'SourcePayload';
  report?: Maybe<ChangeReport>;
  source?: Maybe<Source>;
  userErrors: Array<UserError>;
};

/** What a speaker does with the words. */
export type Stance =
  | 'ANNOUNCES'
  | 'CRITICISES'
  | 'PROPOSES'
  | 'REPORTS'
  | 'SUPPORTS'
  | 'URGES';

/** Who said what, about what, when and where: a statement one source attributes to a person or organization. */
export type Statement = Node & {
  __typename?: 'Statement';
  /** The topics, commodities, agreements, regulations, organizations, ... it is about, by id. */
  about: Array<Entity>;
  /** When it was said: stated by the source, or derived (see dateDerived). Null only when nothing dates it. */
  date?: Maybe<Scalars['Date']['output']>;
  /** True when `date` is not stated but taken from the source (its publication date, else a year its text gives). */
  dateDerived: Scalars['Boolean']['output'];
  /** Stable id, such as `statement:setia-nickel-battery-recycling`. */
  id: Scalars['ID']['output'];
  /** What was said, in a few English words. */
  paraphrase: Scalars['String']['output'];
  /** Where it was said, when the source says. */
  place?: Maybe<Place>;
  /** The verbatim words, at their offsets in the source text. */
  quote: Evidence;
  source: Source;
  /** A Person or an Organization. */
  speaker: Entity;
  stance?: Maybe<Stance>;
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

export type Stats = {
  __typename?: 'Stats';
  byKind: Array<KindCount>;
  byRelationshipType: Array<RelationshipTypeCount>;
  entities: Scalars['Int']['output'];
  evidence: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  sources: Scalars['Int']['output'];
  /** Statements: who said what (Query.statements). */
  statements: Scalars['Int']['output'];
};

/** Nodes and the relationships between them, ready for a network view. */
export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<Relationship>;
  nodes: Array<Entity>;
  /** True when `limit` cut nodes off. */
  truncated: Scalars['Boolean']['output'];
};

export type Topic = Entity & Node & {
  __typename?: 'Topic';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Figures about this entity. */
  indicators: Array<Indicator>;
  inferred?: Maybe<Scalars['String']['output']>;
  /** For an inferred fact: the passages of its evidence that state the premises it is inferred from. */
  inferredFrom?: Maybe<Array<Scalars['String']['output']>>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  /** Statements about this entity, in date order; `by` a speaker, `from`/`to` on their dates. */
  statementsAbout: StatementConnection;
};


export type TopicRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


export type TopicStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * A business failure of a mutation: the input is understood but cannot be applied. `field` is the path of the
 * input field at fault, e.g. ["input", "evidence", "0", "quote"].
 */
export type UserError = {
  __typename?: 'UserError';
  field: Array<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type WritePayload = {
  __typename?: 'WritePayload';
  report?: Maybe<ChangeReport>;
  userErrors: Array<UserError>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  About: ResolverTypeWrapper<About>;
  AddEvidenceInput: AddEvidenceInput;
  Agreement: ResolverTypeWrapper<EntityRow>;
  AgreementStatus: AgreementStatus;
  AuditConnection: ResolverTypeWrapper<AuditConnection>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeReport: ResolverTypeWrapper<Omit<ChangeReport, 'candidates'> & { candidates: Array<ResolversTypes['DuplicateCandidate']> }>;
  Commodity: ResolverTypeWrapper<EntityRow>;
  CommodityCategory: CommodityCategory;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  Direction: Direction;
  Draft: ResolverTypeWrapper<Draft>;
  DraftEntityEdit: DraftEntityEdit;
  DraftPayload: ResolverTypeWrapper<DraftPayload>;
  DraftProposal: ResolverTypeWrapper<DraftProposal>;
  DraftProposalKind: DraftProposalKind;
  DraftReviewInput: DraftReviewInput;
  DraftSentence: ResolverTypeWrapper<DraftSentence>;
  DraftSourceInput: DraftSourceInput;
  DuplicateCandidate: ResolverTypeWrapper<Omit<DuplicateCandidate, 'matches'> & { matches: Array<ResolversTypes['Entity']> }>;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityFilter: EntityFilter;
  EntityInput: EntityInput;
  EntityKind: EntityKind;
  EntityOrder: EntityOrder;
  EntityPayload: ResolverTypeWrapper<Omit<EntityPayload, 'entity' | 'report'> & { entity?: Maybe<ResolversTypes['Entity']>, report?: Maybe<ResolversTypes['ChangeReport']> }>;
  Event: ResolverTypeWrapper<EntityRow>;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  EvidenceInput: EvidenceInput;
  Facility: ResolverTypeWrapper<EntityRow>;
  FacilityStatus: FacilityStatus;
  FacilityType: FacilityType;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportInput: ImportInput;
  ImportPayload: ResolverTypeWrapper<Omit<ImportPayload, 'report'> & { report?: Maybe<ResolversTypes['ChangeReport']> }>;
  Indicator: ResolverTypeWrapper<EntityRow>;
  IndicatorBasis: IndicatorBasis;
  IndicatorBound: IndicatorBound;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KindCount: ResolverTypeWrapper<KindCount>;
  MergePayload: ResolverTypeWrapper<Omit<MergePayload, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<NodeRow>;
  ObservedOnBasis: ObservedOnBasis;
  Organization: ResolverTypeWrapper<EntityRow>;
  OrganizationType: OrganizationType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<Omit<Path, 'hops' | 'nodes'> & { hops: Array<ResolversTypes['PathHop']>, nodes: Array<ResolversTypes['Entity']> }>;
  PathAlternatives: ResolverTypeWrapper<Omit<PathAlternatives, 'paths'> & { paths: Array<ResolversTypes['Path']> }>;
  PathHop: ResolverTypeWrapper<Omit<PathHop, 'from' | 'relationship' | 'to'> & { from: ResolversTypes['Entity'], relationship: ResolversTypes['Relationship'], to: ResolversTypes['Entity'] }>;
  Person: ResolverTypeWrapper<EntityRow>;
  Place: ResolverTypeWrapper<EntityRow>;
  PlaceType: PlaceType;
  Position: ResolverTypeWrapper<PositionRow>;
  Programme: ResolverTypeWrapper<EntityRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteHit: ResolverTypeWrapper<QuoteHitRow>;
  QuoteHitConnection: ResolverTypeWrapper<Omit<QuoteHitConnection, 'edges'> & { edges: Array<ResolversTypes['QuoteHitEdge']> }>;
  QuoteHitEdge: ResolverTypeWrapper<Omit<QuoteHitEdge, 'node'> & { node: ResolversTypes['QuoteHit'] }>;
  Regulation: ResolverTypeWrapper<EntityRow>;
  RegulationInstrument: RegulationInstrument;
  Relationship: ResolverTypeWrapper<RelationshipRow>;
  RelationshipConnection: ResolverTypeWrapper<Omit<RelationshipConnection, 'edges'> & { edges: Array<ResolversTypes['RelationshipEdge']> }>;
  RelationshipEdge: ResolverTypeWrapper<Omit<RelationshipEdge, 'node'> & { node: ResolversTypes['Relationship'] }>;
  RelationshipInput: RelationshipInput;
  RelationshipPayload: ResolverTypeWrapper<Omit<RelationshipPayload, 'relationship' | 'report'> & { relationship?: Maybe<ResolversTypes['Relationship']>, report?: Maybe<ResolversTypes['ChangeReport']> }>;
  RelationshipType: RelationshipType;
  RelationshipTypeCount: ResolverTypeWrapper<RelationshipTypeCount>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges' | 'sourceFacets'> & { edges: Array<ResolversTypes['SearchHitEdge']>, sourceFacets: Array<ResolversTypes['SourceCount']> }>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  SearchHitEdge: ResolverTypeWrapper<Omit<SearchHitEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchMatch: SearchMatch;
  Source: ResolverTypeWrapper<SourceRow>;
  SourceCount: ResolverTypeWrapper<SourceCountRow>;
  SourceInput: SourceInput;
  SourcePayload: ResolverTypeWrapper<Omit<SourcePayload, 'report' | 'source'> & { report?: Maybe<ResolversTypes['ChangeReport']>, source?: Maybe<ResolversTypes['Source']> }>;
  Stance: Stance;
  Statement: ResolverTypeWrapper<StatementRow>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Relationship']>, nodes: Array<ResolversTypes['Entity']> }>;
  Topic: ResolverTypeWrapper<EntityRow>;
  UserError: ResolverTypeWrapper<UserError>;
  WritePayload: ResolverTypeWrapper<Omit<WritePayload, 'report'> & { report?: Maybe<ResolversTypes['ChangeReport']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  About: About;
  AddEvidenceInput: AddEvidenceInput;
  Agreement: EntityRow;
  AuditConnection: AuditConnection;
  AuditEntry: AuditEntry;
  AuditEntryEdge: AuditEntryEdge;
  Boolean: Scalars['Boolean']['output'];
  ChangeReport: Omit<ChangeReport, 'candidates'> & { candidates: Array<ResolversParentTypes['DuplicateCandidate']> };
  Commodity: EntityRow;
  Date: Scalars['Date']['output'];
  DeletePayload: DeletePayload;
  Draft: Draft;
  DraftEntityEdit: DraftEntityEdit;
  DraftPayload: DraftPayload;
  DraftProposal: DraftProposal;
  DraftReviewInput: DraftReviewInput;
  DraftSentence: DraftSentence;
  DraftSourceInput: DraftSourceInput;
  DuplicateCandidate: Omit<DuplicateCandidate, 'matches'> & { matches: Array<ResolversParentTypes['Entity']> };
  Entity: EntityRow;
  EntityConnection: Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityFilter: EntityFilter;
  EntityInput: EntityInput;
  EntityPayload: Omit<EntityPayload, 'entity' | 'report'> & { entity?: Maybe<ResolversParentTypes['Entity']>, report?: Maybe<ResolversParentTypes['ChangeReport']> };
  Event: EntityRow;
  Evidence: EvidenceRow;
  EvidenceInput: EvidenceInput;
  Facility: EntityRow;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  ImportInput: ImportInput;
  ImportPayload: Omit<ImportPayload, 'report'> & { report?: Maybe<ResolversParentTypes['ChangeReport']> };
  Indicator: EntityRow;
  Int: Scalars['Int']['output'];
  KindCount: KindCount;
  MergePayload: Omit<MergePayload, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  Mutation: Record<PropertyKey, never>;
  Node: NodeRow;
  Organization: EntityRow;
  PageInfo: PageInfo;
  Path: Omit<Path, 'hops' | 'nodes'> & { hops: Array<ResolversParentTypes['PathHop']>, nodes: Array<ResolversParentTypes['Entity']> };
  PathAlternatives: Omit<PathAlternatives, 'paths'> & { paths: Array<ResolversParentTypes['Path']> };
  PathHop: Omit<PathHop, 'from' | 'relationship' | 'to'> & { from: ResolversParentTypes['Entity'], relationship: ResolversParentTypes['Relationship'], to: ResolversParentTypes['Entity'] };
  Person: EntityRow;
  Place: EntityRow;
  Position: PositionRow;
  Programme: EntityRow;
  Query: Record<PropertyKey, never>;
  QuoteHit: QuoteHitRow;
  QuoteHitConnection: Omit<QuoteHitConnection, 'edges'> & { edges: Array<ResolversParentTypes['QuoteHitEdge']> };
  QuoteHitEdge: Omit<QuoteHitEdge, 'node'> & { node: ResolversParentTypes['QuoteHit'] };
  Regulation: EntityRow;
  Relationship: RelationshipRow;
  RelationshipConnection: Omit<RelationshipConnection, 'edges'> & { edges: Array<ResolversParentTypes['RelationshipEdge']> };
  RelationshipEdge: Omit<RelationshipEdge, 'node'> & { node: ResolversParentTypes['Relationship'] };
  RelationshipInput: RelationshipInput;
  RelationshipPayload: Omit<RelationshipPayload, 'relationship' | 'report'> & { relationship?: Maybe<ResolversParentTypes['Relationship']>, report?: Maybe<ResolversParentTypes['ChangeReport']> };
  RelationshipTypeCount: RelationshipTypeCount;
  SearchConnection: Omit<SearchConnection, 'edges' | 'sourceFacets'> & { edges: Array<ResolversParentTypes['SearchHitEdge']>, sourceFacets: Array<ResolversParentTypes['SourceCount']> };
  SearchHit: Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  SearchHitEdge: Omit<SearchHitEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  Source: SourceRow;
  SourceCount: SourceCountRow;
  SourceInput: SourceInput;
  SourcePayload: Omit<SourcePayload, 'report' | 'source'> & { report?: Maybe<ResolversParentTypes['ChangeReport']>, source?: Maybe<ResolversParentTypes['Source']> };
  Statement: StatementRow;
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  Stats: Stats;
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Relationship']>, nodes: Array<ResolversParentTypes['Entity']> };
  Topic: EntityRow;
  UserError: UserError;
  WritePayload: Omit<WritePayload, 'report'> & { report?: Maybe<ResolversParentTypes['ChangeReport']> };
};

export type AboutResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['About'] = ResolversParentTypes['About']> = {
  neo4jEdition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neo4jVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgreementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferredFrom?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<AgreementRelationshipsArgs, 'direction' | 'first'>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<AgreementStatementsAboutArgs, 'first'>>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type ChangeReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeReport'] = ResolversParentTypes['ChangeReport']> = {
  addedEvidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['DuplicateCandidate']>, ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdEntities?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  createdRelationships?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  createdSources?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  createdStatements?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  updatedEntities?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  updatedRelationships?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CommodityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Commodity'] = ResolversParentTypes['Commodity']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['CommodityCategory'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferredFrom?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<CommodityRelationshipsArgs, 'direction' | 'first'>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<CommodityStatementsAboutArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DeletePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload']> = {
  deletedEvidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  deletedRelationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DraftResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Draft'] = ResolversParentTypes['Draft']> = {
  dropped?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['DraftProposal']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentences?: Resolver<Array<ResolversTypes['DraftSentence']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DraftPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftPayload'] = ResolversParentTypes['DraftPayload']> = {
  draft?: Resolver<Maybe<ResolversTypes['Draft']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DraftProposalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftProposal'] = ResolversParentTypes['DraftProposal']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityKind?: Resolver<Maybe<ResolversTypes['EntityKind']>, ParentType, ContextType>;
  existingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DraftProposalKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['RelationshipType']>, ParentType, ContextType>;
};

export type DraftSentenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftSentence'] = ResolversParentTypes['DraftSentence']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DuplicateCandidateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DuplicateCandidate'] = ResolversParentTypes['DuplicateCandidate']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  sharedNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Agreement' | 'Commodity' | 'Event' | 'Facility' | 'Indicator' | 'Organization' | 'Person' | 'Place' | 'Programme' | 'Regulation' | 'Topic', ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityPayload'] = ResolversParentTypes['EntityPayload']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['ChangeReport']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferredFrom?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<EventRelationshipsArgs, 'direction' | 'first'>>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<EventStatementsAboutArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FacilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  builders?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<FacilityBuildersArgs, 'includeInferred'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferredFrom?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operators?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<FacilityOperatorsArgs, 'includeInferred'>>;
  owners?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<FacilityOwnersArgs, 'includeInferred'>>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<FacilityRelationshipsArgs, 'direction' | 'first'>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<FacilityStatementsAboutArgs, 'first'>>;
  status?: Resolver<Maybe<ResolversTypes['FacilityStatus']>, ParentType, ContextType>;
  technology?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FacilityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportPayload'] = ResolversParentTypes['ImportPayload']> = {
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['ChangeReport']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['IndicatorBasis'], ParentType, ContextType>;
  bound?: Resolver<Maybe<ResolversTypes['IndicatorBound']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferredFrom?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Commodity']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<IndicatorRelationshipsArgs, 'direction' | 'first'>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<IndicatorStatementsAboutArgs, 'first'>>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
};

export type MergePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MergePayload'] = ResolversParentTypes['MergePayload']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  movedEvidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  movedRelationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addEvidence?: Resolver<ResolversTypes['WritePayload'], ParentType, ContextType, RequireFields<MutationAddEvidenceArgs, 'input'>>;
  addRelationship?: Resolver<ResolversTypes['RelationshipPayload'], ParentType, ContextType, RequireFields<MutationAddRelationshipArgs, 'input'>>;
  addSource?: Resolver<ResolversTypes['SourcePayload'], ParentType, ContextType, RequireFields<MutationAddSourceArgs, 'input'>>;
  deleteEntity?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteEntityArgs, 'id'>>;
  draftSource?: Resolver<ResolversTypes['DraftPayload'], ParentType, ContextType, RequireFields<MutationDraftSourceArgs, 'input'>>;
  importSource?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationImportSourceArgs, 'input'>>;
  mergeEntities?: Resolver<ResolversTypes['MergePayload'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'duplicate' | 'survivor'>>;
  removeRelationship?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationRemoveRelationshipArgs, 'id'>>;
  upsertEntity?: Resolver<ResolversTypes['EntityPayload'], ParentType, ContextType, RequireFields<MutationUpsertEntityArgs, 'input'>>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Agreement' | 'Commodity' | 'Event' | 'Facility' | 'Indicator' | 'Organization' | 'Person' | 'Place' | 'Programme' | 'Regulation' | 'Relationship' | 'Source' | 'Statement' | 'Topic', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferredFrom?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<OrganizationParentArgs, 'includeInferred'>>;
  parentInferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, Partial<OrganizationPositionsArgs>>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<OrganizationRelationshipsArgs, 'direction' | 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<OrganizationStatementsArgs, 'first'>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<OrganizationStatementsAboutArgs, 'first'>>;
  type?: Resolver<ResolversTypes['OrganizationType'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<OrganizationUnitsArgs, 'includeInferred'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  hops?: Resolver<Array<ResolversTypes['PathHop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type PathAlternativesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PathAlternatives'] = ResolversParentTypes['PathAlternatives']> = {
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathHopResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PathHop'] = ResolversParentTypes['PathHop']> = {
  forward?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferredFrom?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, Partial<PersonPositionsArgs>>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<PersonRelationshipsArgs, 'direction' | 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<PersonStatementsArgs, 'first'>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<PersonStatementsAboutArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferredFrom?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<PlaceRelationshipsArgs, 'direction' | 'first'>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<PlaceStatementsAboutArgs, 'first'>>;
  type?: Resolver<ResolversTypes['PlaceType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PositionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferredFrom?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  inferredSpan?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastObservedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  observedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  observedOnBasis?: Resolver<Maybe<ResolversTypes['ObservedOnBasis']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferredFrom?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<ProgrammeRelationshipsArgs, 'direction' | 'first'>>;
  startYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<ProgrammeStatementsAboutArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  about?: Resolver<ResolversTypes['About'], ParentType, ContextType>;
  agreements?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryAgreementsArgs, 'first' | 'orderBy'>>;
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  commodities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryCommoditiesArgs, 'first' | 'orderBy'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first' | 'orderBy'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first' | 'orderBy'>>;
  evidenceSearch?: Resolver<ResolversTypes['QuoteHitConnection'], ParentType, ContextType, RequireFields<QueryEvidenceSearchArgs, 'first' | 'query'>>;
  facilities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryFacilitiesArgs, 'first' | 'orderBy'>>;
  indicators?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryIndicatorsArgs, 'first' | 'orderBy'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'hops' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first' | 'orderBy'>>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxHops' | 'to'>>;
  paths?: Resolver<ResolversTypes['PathAlternatives'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  people?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first' | 'orderBy'>>;
  places?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryPlacesArgs, 'first' | 'orderBy'>>;
  programmes?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryProgrammesArgs, 'first' | 'orderBy'>>;
  regulations?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryRegulationsArgs, 'first' | 'orderBy'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  topics?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryTopicsArgs, 'first' | 'orderBy'>>;
};

export type QuoteHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuoteHit'] = ResolversParentTypes['QuoteHit']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type QuoteHitConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuoteHitConnection'] = ResolversParentTypes['QuoteHitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QuoteHitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuoteHitEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuoteHitEdge'] = ResolversParentTypes['QuoteHitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['QuoteHit'], ParentType, ContextType>;
};

export type RegulationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Regulation'] = ResolversParentTypes['Regulation']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citedBy?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<RegulationCitedByArgs, 'includeInferred'>>;
  cites?: Resolver<Array<ResolversTypes['Regulation']>, ParentType, ContextType, RequireFields<RegulationCitesArgs, 'includeInferred'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementedBy?: Resolver<Array<ResolversTypes['Regulation']>, ParentType, ContextType, RequireFields<RegulationImplementedByArgs, 'includeInferred'>>;
  implements?: Resolver<Array<ResolversTypes['Regulation']>, ParentType, ContextType, RequireFields<RegulationImplementsArgs, 'includeInferred'>>;
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferredFrom?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  instrument?: Resolver<Maybe<ResolversTypes['RegulationInstrument']>, ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<RegulationRelationshipsArgs, 'direction' | 'first'>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<RegulationStatementsAboutArgs, 'first'>>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferredFrom?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  lastObservedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  observedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  observedOnBasis?: Resolver<Maybe<ResolversTypes['ObservedOnBasis']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  titleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationshipConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RelationshipConnection'] = ResolversParentTypes['RelationshipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationshipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationshipEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RelationshipEdge'] = ResolversParentTypes['RelationshipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType>;
};

export type RelationshipPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RelationshipPayload'] = ResolversParentTypes['RelationshipPayload']> = {
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['ChangeReport']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RelationshipTypeCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RelationshipTypeCount'] = ResolversParentTypes['RelationshipTypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchHitEdge']>, ParentType, ContextType>;
  facets?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  sourceFacets?: Resolver<Array<ResolversTypes['SourceCount']>, ParentType, ContextType>;
  suggestion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchHitEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHitEdge'] = ResolversParentTypes['SearchHitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceCount'] = ResolversParentTypes['SourceCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourcePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourcePayload'] = ResolversParentTypes['SourcePayload']> = {
  report?: Resolver<Maybe<ResolversTypes['ChangeReport']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type StatementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  about?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dateDerived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paraphrase?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['Stance']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  byKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  byRelationshipType?: Resolver<Array<ResolversTypes['RelationshipTypeCount']>, ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TopicResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferredFrom?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<TopicRelationshipsArgs, 'direction' | 'first'>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<TopicStatementsAboutArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WritePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WritePayload'] = ResolversParentTypes['WritePayload']> = {
  report?: Resolver<Maybe<ResolversTypes['ChangeReport']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  About?: AboutResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  ChangeReport?: ChangeReportResolvers<ContextType>;
  Commodity?: CommodityResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  Draft?: DraftResolvers<ContextType>;
  DraftPayload?: DraftPayloadResolvers<ContextType>;
  DraftProposal?: DraftProposalResolvers<ContextType>;
  DraftSentence?: DraftSentenceResolvers<ContextType>;
  DuplicateCandidate?: DuplicateCandidateResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityPayload?: EntityPayloadResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  ImportPayload?: ImportPayloadResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  MergePayload?: MergePayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathAlternatives?: PathAlternativesResolvers<ContextType>;
  PathHop?: PathHopResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuoteHit?: QuoteHitResolvers<ContextType>;
  QuoteHitConnection?: QuoteHitConnectionResolvers<ContextType>;
  QuoteHitEdge?: QuoteHitEdgeResolvers<ContextType>;
  Regulation?: RegulationResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  RelationshipConnection?: RelationshipConnectionResolvers<ContextType>;
  RelationshipEdge?: RelationshipEdgeResolvers<ContextType>;
  RelationshipPayload?: RelationshipPayloadResolvers<ContextType>;
  RelationshipTypeCount?: RelationshipTypeCountResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchHitEdge?: SearchHitEdgeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceCount?: SourceCountResolvers<ContextType>;
  SourcePayload?: SourcePayloadResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WritePayload?: WritePayloadResolvers<ContextType>;
};

