import type { QueryResolvers, Resolvers } from "../generated/resolvers-types.js";
import { allSources } from "../graph/entities.js";
import type { EntityRow, NodeRow } from "../graph/rows.js";
import { DateScalar } from "./scalars.js";

/** schema/base.graphql: the Date scalar, the Node interface and the root fields that find one node. */

function nodeType(node: NodeRow): "Relationship" | "Source" | "Statement" | EntityRow["kind"] {
  if ("fromId" in node) return "Relationship";
  if ("speakerId" in node) return "Statement";
  if ("kind" in node && node.kind !== undefined) return node.kind;
  return "Source";
}

export const baseQueries: QueryResolvers = {
  node: async (_root, { id }, { loaders }) => {
    if (id.startsWith("source:")) return loaders.source.load(id);
    if (id.startsWith("statement:")) return loaders.statement.load(id);
    if (id.includes("-[")) return loaders.relationship.load(id);
    return loaders.entity.load(id);
  },
  entity: (_root, { id }, { loaders }) => loaders.entity.load(id),
  sources: (_root, _args, { graph }) => allSources(graph),
  about: (_root, _args, { server }) => server,
};

export const baseTypes: Resolvers = {
  Date: DateScalar,
  Node: { __resolveType: nodeType },
};
