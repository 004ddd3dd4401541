import type { Resolvers } from "../generated/resolvers-types.js";
import { mustLoad } from "./load.js";

/** schema/evidence.graphql: the source a quote is from (a Source's fields are its stored properties). */

export const evidenceTypes: Resolvers = {
  Evidence: {
    source: (e, _args, { loaders }) => mustLoad(loaders.source.load(e.sourceId), e.sourceId),
  },
};
