import { requireRole } from "../auth.js";
import type { MutationResolvers } from "../generated/resolvers-types.js";
import {
  deleteEntity,
  mergeEntities,
  removeRelationship,
  type CurationResult,
  type DeleteOutcome,
} from "../graph/curate.js";
import type { Problem } from "../write/plan.js";
import * as write from "../write/service.js";

/** Business failures are returned as data (userErrors); only auth and bugs are GraphQL errors. */
function userErrors(problems: Problem[]) {
  return problems.map((p) => ({ field: p.path, message: p.message }));
}

function deletePayload(id: string, result: CurationResult<DeleteOutcome>) {
  return result.ok
    ? { deletedId: id, ...result.value, userErrors: [] }
    : {
        deletedId: null,
        deletedRelationships: 0,
        deletedEvidence: 0,
        userErrors: [{ field: [result.field], message: result.message }],
      };
}

export const mutationResolvers: MutationResolvers = {
  upsertEntity: async (_root, { input }, { graph, viewer, loaders }) => {
    const result = await write.upsertEntity(graph, requireRole(viewer, "editor"), input);
    const entity = result.problems.length === 0 ? await loaders.entity.load(input.id) : null;
    return { entity, report: result.report, userErrors: userErrors(result.problems) };
  },

  addRelationship: async (_root, { input }, { graph, viewer, loaders }) => {
    const result = await write.addRelationship(graph, requireRole(viewer, "editor"), input);
    const relationship =
      result.problems.length === 0 && result.id ? await loaders.relationship.load(result.id) : null;
    return { relationship, report: result.report, userErrors: userErrors(result.problems) };
  },

  addEvidence: async (_root, { input }, { graph, viewer }) => {
    const result = await write.addEvidence(graph, requireRole(viewer, "editor"), input);
    return { report: result.report, userErrors: userErrors(result.problems) };
  },

  addSource: async (_root, { input }, { graph, viewer, loaders }) => {
    const result = await write.addSource(graph, requireRole(viewer, "editor"), input);
    const source = result.problems.length === 0 ? await loaders.source.load(input.id) : null;
    return { source, report: result.report, userErrors: userErrors(result.problems) };
  },

  importSource: async (_root, { input }, { graph, viewer }) => {
    const dryRun = input.dryRun ?? false;
    const result = await write.importSource(graph, requireRole(viewer, "editor"), { ...input, dryRun });
    return {
      dryRun,
      applied: result.applied,
      report: result.report,
      userErrors: userErrors(result.problems),
    };
  },

  mergeEntities: async (_root, { survivor, duplicate }, { graph, viewer, loaders }) => {
    const result = await mergeEntities(graph, requireRole(viewer, "admin"), survivor, duplicate);
    if (!result.ok) {
      return {
        entity: null,
        movedRelationships: 0,
        movedEvidence: 0,
        userErrors: [{ field: [result.field], message: result.message }],
      };
    }
    return { entity: await loaders.entity.load(survivor), ...result.value, userErrors: [] };
  },

  deleteEntity: async (_root, { id }, { graph, viewer }) =>
    deletePayload(id, await deleteEntity(graph, requireRole(viewer, "admin"), id)),

  removeRelationship: async (_root, { id }, { graph, viewer }) =>
    deletePayload(id, await removeRelationship(graph, requireRole(viewer, "editor"), id)),
};
