/**
 * The kinds of entity, one GraphQL type and one Neo4j label each: the closed set every layer reads. The
 * SDL (schema/entities.graphql), the input format (format.ts) and the codegen mappers all use this list;
 * test/model/kinds.test.ts keeps them in step.
 */
export const ENTITY_KINDS = [
  "Organization",
  "Person",
  "Commodity",
  "Topic",
  "Programme",
  "Agreement",
  "Regulation",
  "Place",
  "Facility",
  "Event",
  "Indicator",
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];
