/**
 * The kinds of entity, one GraphQL type and one Neo4j label each. The SDL (schema/entities.graphql), the
 * seed format and the codegen mappers all use this list; test/graph/kinds.test.ts keeps them in step.
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
