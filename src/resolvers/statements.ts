import type { GraphQLResolveInfo } from "graphql";
import type { QueryResolvers, StatementResolvers } from "../generated/resolvers-types.js";
import { statementMatches, type StatementFilter } from "../domain/statements.js";
import { listStatements } from "../graph/statements.js";
import type { EntityRow } from "../graph/rows.js";
import type { GraphQLContext } from "./context.js";
import { paginate, pageWindow, scopeOf, toConnection } from "./connection.js";
import { mustLoad, nonNull } from "./load.js";

/** schema/statements.graphql: the statements query, a statement's fields, and an entity's lists of them. */

interface PageArgs extends StatementFilter {
  first: number;
  after?: string | null;
}

export const statementQueries: Pick<QueryResolvers, "statements"> = {
  statements: async (_root, args, context, info) => {
    const scope = scopeOf(info, { ...args });
    const { offset, limit } = pageWindow(args.first, args.after, scope);
    const { rows, totalCount } = await listStatements(context.graph, args, offset, limit);
    return toConnection(rows, totalCount, offset, scope);
  },
};

/** A list hanging off an entity: one loader call per entity (batched), filtered and paged here. */
function nestedList(loader: "statementsBy" | "statementsAbout") {
  return async (entity: EntityRow, args: PageArgs, context: GraphQLContext, info: GraphQLResolveInfo) => {
    const scope = scopeOf(info, { ...args, of: entity.id });
    const statements = await context.loaders[loader].load(entity.id);
    return paginate(
      statements.filter((s) => statementMatches(s, args)),
      args.first,
      args.after,
      scope,
    );
  };
}

/** Person.statements and Organization.statements: what they said. */
export const saidBy = nestedList("statementsBy");
/** Entity.statementsAbout: what was said about it. */
export const statementsAbout = nestedList("statementsAbout");

export const statementFields: StatementResolvers = {
  speaker: (s, _args, { loaders }) => mustLoad(loaders.entity.load(s.speakerId), s.speakerId),
  place: (s, _args, { loaders }) => (s.placeId ? loaders.entity.load(s.placeId) : null),
  about: async (s, _args, { loaders }) => nonNull(await loaders.entity.loadMany(s.aboutIds)),
  quote: async (s, _args, { loaders }) => {
    const [quote] = await loaders.evidence.load(s.id);
    if (!quote) throw new Error(`statement ${s.id} has no quote`);
    return quote;
  },
  source: (s, _args, { loaders }) => mustLoad(loaders.source.load(s.sourceId), s.sourceId),
};
