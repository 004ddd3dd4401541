import { observedFirst } from "../domain/observation.js";
import { spanIsInferred } from "../domain/positions.js";
import type { Resolvers } from "../generated/resolvers-types.js";
import { mustLoad } from "./load.js";

/** schema/relationships.graphql: a relationship's ends and evidence, and positions seen as ties. */

export const relationshipTypes: Resolvers = {
  Relationship: {
    from: (r, _args, { loaders }) => mustLoad(loaders.entity.load(r.fromId), r.fromId),
    to: (r, _args, { loaders }) => mustLoad(loaders.entity.load(r.toId), r.toId),
    evidence: (r, _args, { loaders }) => loaders.evidence.load(r.id),
  },
  Position: {
    person: (r, _args, { loaders }) => mustLoad(loaders.entity.load(r.fromId), r.fromId),
    organization: (r, _args, { loaders }) => mustLoad(loaders.entity.load(r.toId), r.toId),
    title: (r) => r.title ?? "",
    inferredSpan: (r) => spanIsInferred(r),
    evidence: async (r, _args, { loaders }) => observedFirst(await loaders.evidence.load(r.id), r.asOf),
  },
};
