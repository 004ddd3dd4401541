import type { Resolvers } from "../generated/resolvers-types.js";
import { auditQueries } from "./audit.js";
import { baseQueries, baseTypes } from "./base.js";
import { draftResolvers } from "./drafts.js";
import { entityTypes } from "./entities.js";
import { evidenceTypes } from "./evidence.js";
import { exploreQueries } from "./explore.js";
import { listQueries } from "./lists.js";
import { mutationResolvers } from "./mutations.js";
import { relationshipTypes } from "./relationships.js";
import { searchQueries, searchTypes } from "./search.js";
import { statementFields, statementQueries } from "./statements.js";

/**
 * The resolver map, put together from one module per schema file: the resolvers of what
 * schema/<area>.graphql declares are in src/resolvers/<area>.ts (test/architecture.test.ts keeps it so).
 */
export const resolvers: Resolvers = {
  ...baseTypes,
  ...entityTypes,
  ...relationshipTypes,
  ...evidenceTypes,
  ...searchTypes,
  Query: {
    ...baseQueries,
    ...listQueries,
    ...exploreQueries,
    ...searchQueries,
    ...auditQueries,
    ...statementQueries,
  },
  Statement: statementFields,
  Mutation: { ...mutationResolvers, ...draftResolvers },
};
