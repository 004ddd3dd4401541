import type { QueryResolvers } from "../generated/resolvers-types.js";
import { requireRole } from "../auth.js";
import { auditLog } from "../graph/audit.js";
import { pageWindow, scopeOf, toConnection } from "./connection.js";

/** schema/audit.graphql: the audit log of applied writes, for admins. */

export const auditQueries: QueryResolvers = {
  auditLog: async (_root, args, { graph, viewer }, info) => {
    requireRole(viewer, "admin");
    const scope = scopeOf(info, args);
    const { offset, limit: first } = pageWindow(args.first, args.after, scope);
    const { rows, totalCount } = await auditLog(
      graph,
      { actor: args.actor, action: args.action },
      offset,
      first,
    );
    return toConnection(rows, totalCount, offset, scope);
  },
};
