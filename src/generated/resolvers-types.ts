import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow, NodeRow, RelationshipRow, SourceRow, EvidenceRow } from '../graph/rows.js';
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

export type Agreement = Entity & Node & {
  __typename?: 'Agreement';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Figures about this entity. */
  indicators: Array<Indicator>;
  inferred?: Maybe<Scalars['String']['output']>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  status: AgreementStatus;
};


export type AgreementRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};

export type AgreementStatus =
  | 'ENDED'
  | 'EXPLORED'
  | 'IN_FORCE'
  | 'PROPOSED'
  | 'SIGNED';

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
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
};


export type CommodityRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};

export type CommodityCategory =
  | 'ENERGY'
  | 'METAL'
  | 'MINERAL'
  | 'PRODUCT';

export type Direction =
  | 'BOTH'
  /** Relationships that end at this entity. */
  | 'INCOMING'
  /** Relationships that start at this entity. */
  | 'OUTGOING';

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
  kind: EntityKind;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
};


/** An actor, thing or fact of the knowledge graph. */
export type EntityRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
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
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  startDate?: Maybe<Scalars['Date']['output']>;
};


export type EventRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
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

export type Facility = Entity & Node & {
  __typename?: 'Facility';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Figures about this entity. */
  indicators: Array<Indicator>;
  inferred?: Maybe<Scalars['String']['output']>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  type: FacilityType;
};


export type FacilityRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};

export type FacilityType =
  | 'INDUSTRIAL_PARK'
  | 'PLANT'
  | 'POWER_PLANT'
  | 'REFINERY'
  | 'SMELTER';

/** A figure: a capacity, target, export volume, budget or count, with its unit and period. */
export type Indicator = Entity & Node & {
  __typename?: 'Indicator';
  aliases: Array<Scalars['String']['output']>;
  basis: IndicatorBasis;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Figures about this entity. */
  indicators: Array<Indicator>;
  inferred?: Maybe<Scalars['String']['output']>;
  kind: EntityKind;
  metric: Scalars['String']['output'];
  name: Scalars['String']['output'];
  period?: Maybe<Scalars['String']['output']>;
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
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

export type IndicatorBasis =
  | 'ACTUAL'
  | 'TARGET';

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: EntityKind;
};

/** Anything with a stable, readable id such as `org:inalum`. */
export type Node = {
  id: Scalars['ID']['output'];
};

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
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** The organization this one is a unit or member of (a ministry for a directorate-general). */
  parent?: Maybe<Organization>;
  /**
   * People holding positions here. With `asOf`, only the positions held on that date: a position with no stated
   * since/until is taken to run from its first observation until another person is observed in the same title.
   */
  positions: Array<Position>;
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  type: OrganizationType;
  /** Units of this organization (directorates-general of a ministry), by name. */
  units: Array<Organization>;
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
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Positions of this person; with `asOf`, those held on that date (see Organization.positions). */
  positions: Array<Position>;
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
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
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  type: PlaceType;
};


export type PlaceRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
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
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /**
   * Whether the position's time span is inferred from observations (no since/until stated): the holder
   * observed most recently before a date is taken to hold the title on that date.
   */
  inferredSpan: Scalars['Boolean']['output'];
  lastObservedOn?: Maybe<Scalars['Date']['output']>;
  observedOn?: Maybe<Scalars['Date']['output']>;
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
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  startYear?: Maybe<Scalars['Int']['output']>;
};


export type ProgrammeRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};

export type Query = {
  __typename?: 'Query';
  /** The server and its database, for clients that want to show it. */
  about: About;
  agreements: EntityConnection;
  commodities: EntityConnection;
  /** Every entity, of any kind, filtered and paged. */
  entities: EntityConnection;
  /** An entity by its id, or null when there is none. */
  entity?: Maybe<Entity>;
  events: EntityConnection;
  facilities: EntityConnection;
  indicators: EntityConnection;
  /** The entities within `hops` (1-3) of an entity and the relationships among them. NOT_FOUND for an unknown id. */
  neighborhood: Subgraph;
  /** Any node by its id, or null when there is none. */
  node?: Maybe<Node>;
  organizations: EntityConnection;
  /**
   * The shortest connection between two entities, of at most `maxHops` (1-6) relationships walked in either
   * direction, with each hop's evidence; null when there is none. NOT_FOUND for an unknown id.
   */
  path?: Maybe<Path>;
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
  hops?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: Scalars['Int']['input'];
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
  from: Scalars['ID']['input'];
  maxHops?: Scalars['Int']['input'];
  to: Scalars['ID']['input'];
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


export type QueryTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: EntityOrder;
};

export type Regulation = Entity & Node & {
  __typename?: 'Regulation';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Figures about this entity. */
  indicators: Array<Indicator>;
  inferred?: Maybe<Scalars['String']['output']>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  number?: Maybe<Scalars['String']['output']>;
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
  year?: Maybe<Scalars['Int']['output']>;
};


export type RegulationRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A tie between two entities, with its own properties and the quotes that state it. */
export type Relationship = Node & {
  __typename?: 'Relationship';
  evidence: Array<Evidence>;
  from: Entity;
  /** Stable id: `from-[TYPE]->to`, with `#key` appended where one pair has two ties of a type. */
  id: Scalars['ID']['output'];
  /** Set when the tie is inferred rather than stated: what it is inferred from. */
  inferred?: Maybe<Scalars['String']['output']>;
  /** The last date a source observes this fact on (the same as observedOn when seen once). */
  lastObservedOn?: Maybe<Scalars['Date']['output']>;
  /** The first date a source observes this fact on. */
  observedOn?: Maybe<Scalars['Date']['output']>;
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

export type RelationshipType =
  | 'BENEFICIARY_OF'
  | 'CITES'
  | 'COVERS'
  | 'HOLDS_POSITION'
  | 'ISSUED'
  | 'LOCATED_IN'
  | 'MEASURES'
  | 'MEMBER_OF'
  | 'OPERATES'
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
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  /** Relevance: the better of the Indonesian and the English full-text scores. */
  score: Scalars['Float']['output'];
};

export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

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

export type Stats = {
  __typename?: 'Stats';
  byKind: Array<KindCount>;
  byRelationshipType: Array<RelationshipTypeCount>;
  entities: Scalars['Int']['output'];
  evidence: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  sources: Scalars['Int']['output'];
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
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Ties to other entities, in a stable order (type, then the other end's id). */
  relationships: RelationshipConnection;
};


export type TopicRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: Direction;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
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
  Agreement: ResolverTypeWrapper<EntityRow>;
  AgreementStatus: AgreementStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Commodity: ResolverTypeWrapper<EntityRow>;
  CommodityCategory: CommodityCategory;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Direction: Direction;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityFilter: EntityFilter;
  EntityKind: EntityKind;
  EntityOrder: EntityOrder;
  Event: ResolverTypeWrapper<EntityRow>;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  Facility: ResolverTypeWrapper<EntityRow>;
  FacilityType: FacilityType;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<EntityRow>;
  IndicatorBasis: IndicatorBasis;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KindCount: ResolverTypeWrapper<KindCount>;
  Node: ResolverTypeWrapper<NodeRow>;
  Organization: ResolverTypeWrapper<EntityRow>;
  OrganizationType: OrganizationType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<Omit<Path, 'hops' | 'nodes'> & { hops: Array<ResolversTypes['PathHop']>, nodes: Array<ResolversTypes['Entity']> }>;
  PathHop: ResolverTypeWrapper<Omit<PathHop, 'from' | 'relationship' | 'to'> & { from: ResolversTypes['Entity'], relationship: ResolversTypes['Relationship'], to: ResolversTypes['Entity'] }>;
  Person: ResolverTypeWrapper<EntityRow>;
  Place: ResolverTypeWrapper<EntityRow>;
  PlaceType: PlaceType;
  Position: ResolverTypeWrapper<RelationshipRow>;
  Programme: ResolverTypeWrapper<EntityRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Regulation: ResolverTypeWrapper<EntityRow>;
  Relationship: ResolverTypeWrapper<RelationshipRow>;
  RelationshipConnection: ResolverTypeWrapper<Omit<RelationshipConnection, 'edges'> & { edges: Array<ResolversTypes['RelationshipEdge']> }>;
  RelationshipEdge: ResolverTypeWrapper<Omit<RelationshipEdge, 'node'> & { node: ResolversTypes['Relationship'] }>;
  RelationshipType: RelationshipType;
  RelationshipTypeCount: ResolverTypeWrapper<RelationshipTypeCount>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchHitEdge']> }>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  SearchHitEdge: ResolverTypeWrapper<Omit<SearchHitEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  Source: ResolverTypeWrapper<SourceRow>;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Relationship']>, nodes: Array<ResolversTypes['Entity']> }>;
  Topic: ResolverTypeWrapper<EntityRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  About: About;
  Agreement: EntityRow;
  Boolean: Scalars['Boolean']['output'];
  Commodity: EntityRow;
  Date: Scalars['Date']['output'];
  Entity: EntityRow;
  EntityConnection: Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityFilter: EntityFilter;
  Event: EntityRow;
  Evidence: EvidenceRow;
  Facility: EntityRow;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Indicator: EntityRow;
  Int: Scalars['Int']['output'];
  KindCount: KindCount;
  Node: NodeRow;
  Organization: EntityRow;
  PageInfo: PageInfo;
  Path: Omit<Path, 'hops' | 'nodes'> & { hops: Array<ResolversParentTypes['PathHop']>, nodes: Array<ResolversParentTypes['Entity']> };
  PathHop: Omit<PathHop, 'from' | 'relationship' | 'to'> & { from: ResolversParentTypes['Entity'], relationship: ResolversParentTypes['Relationship'], to: ResolversParentTypes['Entity'] };
  Person: EntityRow;
  Place: EntityRow;
  Position: RelationshipRow;
  Programme: EntityRow;
  Query: Record<PropertyKey, never>;
  Regulation: EntityRow;
  Relationship: RelationshipRow;
  RelationshipConnection: Omit<RelationshipConnection, 'edges'> & { edges: Array<ResolversParentTypes['RelationshipEdge']> };
  RelationshipEdge: Omit<RelationshipEdge, 'node'> & { node: ResolversParentTypes['Relationship'] };
  RelationshipTypeCount: RelationshipTypeCount;
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchHitEdge']> };
  SearchHit: Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  SearchHitEdge: Omit<SearchHitEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  Source: SourceRow;
  Stats: Stats;
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Relationship']>, nodes: Array<ResolversParentTypes['Entity']> };
  Topic: EntityRow;
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
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<AgreementRelationshipsArgs, 'direction' | 'first'>>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommodityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Commodity'] = ResolversParentTypes['Commodity']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['CommodityCategory'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<CommodityRelationshipsArgs, 'direction' | 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

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

export type EventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<EventRelationshipsArgs, 'direction' | 'first'>>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<FacilityRelationshipsArgs, 'direction' | 'first'>>;
  type?: Resolver<ResolversTypes['FacilityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['IndicatorBasis'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<IndicatorRelationshipsArgs, 'direction' | 'first'>>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Agreement' | 'Commodity' | 'Event' | 'Facility' | 'Indicator' | 'Organization' | 'Person' | 'Place' | 'Programme' | 'Regulation' | 'Relationship' | 'Source' | 'Topic', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, Partial<OrganizationPositionsArgs>>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<OrganizationRelationshipsArgs, 'direction' | 'first'>>;
  type?: Resolver<ResolversTypes['OrganizationType'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
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
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, Partial<PersonPositionsArgs>>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<PersonRelationshipsArgs, 'direction' | 'first'>>;
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
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<PlaceRelationshipsArgs, 'direction' | 'first'>>;
  type?: Resolver<ResolversTypes['PlaceType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PositionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferredSpan?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastObservedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  observedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<ProgrammeRelationshipsArgs, 'direction' | 'first'>>;
  startYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  about?: Resolver<ResolversTypes['About'], ParentType, ContextType>;
  agreements?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryAgreementsArgs, 'first' | 'orderBy'>>;
  commodities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryCommoditiesArgs, 'first' | 'orderBy'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first' | 'orderBy'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first' | 'orderBy'>>;
  facilities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryFacilitiesArgs, 'first' | 'orderBy'>>;
  indicators?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryIndicatorsArgs, 'first' | 'orderBy'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'hops' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first' | 'orderBy'>>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxHops' | 'to'>>;
  people?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first' | 'orderBy'>>;
  places?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryPlacesArgs, 'first' | 'orderBy'>>;
  programmes?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryProgrammesArgs, 'first' | 'orderBy'>>;
  regulations?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryRegulationsArgs, 'first' | 'orderBy'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  topics?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryTopicsArgs, 'first' | 'orderBy'>>;
};

export type RegulationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Regulation'] = ResolversParentTypes['Regulation']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<RegulationRelationshipsArgs, 'direction' | 'first'>>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastObservedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  observedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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

export type RelationshipTypeCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RelationshipTypeCount'] = ResolversParentTypes['RelationshipTypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchHitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
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

export type StatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  byKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  byRelationshipType?: Resolver<Array<ResolversTypes['RelationshipTypeCount']>, ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<TopicRelationshipsArgs, 'direction' | 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  About?: AboutResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  Commodity?: CommodityResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathHop?: PathHopResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Regulation?: RegulationResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  RelationshipConnection?: RelationshipConnectionResolvers<ContextType>;
  RelationshipEdge?: RelationshipEdgeResolvers<ContextType>;
  RelationshipTypeCount?: RelationshipTypeCountResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchHitEdge?: SearchHitEdgeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
};

