import type { Role } from "../api-keys.js";
import { requireRole } from "../auth.js";
import type { MutationResolvers } from "../generated/resolvers-types.js";
import * as curate from "../write/curate.js";
import type { WriteResult } from "../write/result.js";
import { userErrors } from "./problems.js";
import * as write from "../write/service.js";

/** schema/mutations.graphql: the writes, each through src/write/ with the role it needs. */

/**
 * The role each mutation needs. The mutationRoles plugin checks every root field of an operation against it
 * before the first one runs; each resolver checks its own again, for the viewer it passes on.
 */
export const MUTATION_ROLES: { [field in keyof MutationResolvers]-?: Role } = {
  upsertEntity: "editor",
  addRelationship: "editor",
  removeRelationship: "editor",
  addEvidence: "editor",
  addSource: "editor",
  importSource: "editor",
  // Writes nothing (src/resolvers/drafts.ts), but prepares an import: an editor's.
  draftSource: "editor",
  mergeEntities: "admin",
  deleteEntity: "admin",
};

function deletePayload(id: string, result: WriteResult<curate.DeleteOutcome>) {
  return {
    deletedId: result.applied ? id : null,
    deletedRelationships: result.value?.deletedRelationships ?? 0,
    deletedEvidence: result.value?.deletedEvidence ?? 0,
    userErrors: userErrors(result.problems),
  };
}

export const mutationResolvers: MutationResolvers = {
  upsertEntity: async (_root, { input }, { graph, viewer, loaders }) => {
    const result = await write.upsertEntity(graph, requireRole(viewer, MUTATION_ROLES.upsertEntity), input);
    const entity = result.problems.length === 0 ? await loaders.entity.load(input.id) : null;
    return { entity, report: result.value, userErrors: userErrors(result.problems) };
  },

  addRelationship: async (_root, { input }, { graph, viewer, loaders }) => {
    const actor = requireRole(viewer, MUTATION_ROLES.addRelationship);
    const result = await write.addRelationship(graph, actor, input);
    const relationship =
      result.problems.length === 0 && result.id ? await loaders.relationship.load(result.id) : null;
    return { relationship, report: result.value, userErrors: userErrors(result.problems) };
  },

  addEvidence: async (_root, { input }, { graph, viewer }) => {
    const result = await write.addEvidence(graph, requireRole(viewer, MUTATION_ROLES.addEvidence), input);
    return { report: result.value, userErrors: userErrors(result.problems) };
  },

  addSource: async (_root, { input }, { graph, viewer, loaders }) => {
    const result = await write.addSource(graph, requireRole(viewer, MUTATION_ROLES.addSource), input);
    const source = result.problems.length === 0 ? await loaders.source.load(input.id) : null;
    return { source, report: result.value, userErrors: userErrors(result.problems) };
  },

  importSource: async (_root, { input }, { graph, viewer }) => {
    const dryRun = input.dryRun ?? false;
    const actor = requireRole(viewer, MUTATION_ROLES.importSource);
    const result = await write.importSource(graph, actor, { ...input, dryRun });
    return { dryRun, applied: result.applied, report: result.value, userErrors: userErrors(result.problems) };
  },

  mergeEntities: async (_root, { survivor, duplicate }, { graph, viewer, loaders }) => {
    const actor = requireRole(viewer, MUTATION_ROLES.mergeEntities);
    const result = await curate.mergeEntities(graph, actor, survivor, duplicate);
    return {
      entity: result.applied ? await loaders.entity.load(survivor) : null,
      movedRelationships: result.value?.movedRelationships ?? 0,
      movedEvidence: result.value?.movedEvidence ?? 0,
      userErrors: userErrors(result.problems),
    };
  },

  deleteEntity: async (_root, { id }, { graph, viewer }) =>
    deletePayload(id, await curate.deleteEntity(graph, requireRole(viewer, MUTATION_ROLES.deleteEntity), id)),

  removeRelationship: async (_root, { id }, { graph, viewer }) => {
    const actor = requireRole(viewer, MUTATION_ROLES.removeRelationship);
    return deletePayload(id, await curate.removeRelationship(graph, actor, id));
  },
};
