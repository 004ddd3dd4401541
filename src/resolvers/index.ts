import type { Resolvers } from "../generated/resolvers-types.js";
import { allSources } from "../graph/entities.js";
import { spanIsInferred } from "../domain/positions.js";
import { observedFirst } from "../domain/observation.js";
import type { EntityRow, NodeRow } from "../graph/rows.js";
import type { GraphQLContext } from "./context.js";
import { entityFields, nonNull, positionsOf } from "./entity.js";
import { mutationResolvers } from "./mutation.js";
import { queryResolvers } from "./query.js";
import { DateScalar } from "./scalars.js";

function nodeType(node: NodeRow): "Relationship" | "Source" | EntityRow["kind"] {
  if ("fromId" in node) return "Relationship";
  if ("kind" in node && node.kind !== undefined) return node.kind;
  return "Source";
}

/** Organizations at the other end of UNIT_OF / MEMBER_OF ties, in the order of `types`. */
async function relatedOrganizations(
  id: string,
  types: ("UNIT_OF" | "MEMBER_OF")[],
  direction: "OUTGOING" | "INCOMING",
  context: GraphQLContext,
): Promise<EntityRow[]> {
  const { relationships: rels } = await context.loaders.relationships.load({ id, types, direction });
  const ordered = [...rels].sort(
    (a, b) => types.indexOf(a.type as "UNIT_OF") - types.indexOf(b.type as "UNIT_OF"),
  );
  return nonNull(
    await context.loaders.entity.loadMany(ordered.map((r) => (direction === "OUTGOING" ? r.toId : r.fromId))),
  );
}

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    node: async (_root, { id }, { loaders }) => {
      if (id.startsWith("source:")) return loaders.source.load(id);
      if (id.includes("-[")) return loaders.relationship.load(id);
      return loaders.entity.load(id);
    },
    entity: (_root, { id }, { loaders }) => loaders.entity.load(id),
    sources: (_root, _args, { graph }) => allSources(graph),
    about: (_root, _args, { server }) => server,
    ...queryResolvers,
  },
  Mutation: mutationResolvers,
  Node: { __resolveType: nodeType },
  Entity: { __resolveType: (entity) => entity.kind },
  Commodity: entityFields,
  Topic: entityFields,
  Programme: entityFields,
  Agreement: entityFields,
  Regulation: entityFields,
  Place: entityFields,
  Facility: entityFields,
  Event: entityFields,
  Organization: {
    ...entityFields,
    // A unit's ministry comes before a member's holding.
    parent: async (org, _args, context) =>
      (await relatedOrganizations(org.id, ["UNIT_OF", "MEMBER_OF"], "OUTGOING", context))[0] ?? null,
    units: async (org, _args, context) =>
      (await relatedOrganizations(org.id, ["UNIT_OF"], "INCOMING", context)).sort((a, b) =>
        a.name.localeCompare(b.name),
      ),
    positions: (org, { asOf }, context) => positionsOf(org.id, asOf, context),
  },
  Person: {
    ...entityFields,
    positions: (person, { asOf }, context) => positionsOf(person.id, asOf, context),
  },
  Indicator: {
    ...entityFields,
    subject: async (indicator, _args, { loaders }) => {
      const {
        relationships: [measures],
      } = await loaders.relationships.load({
        id: indicator.id,
        types: ["MEASURES"],
        direction: "OUTGOING",
      });
      const subject = measures ? await loaders.entity.load(measures.toId) : null;
      if (!subject) throw new Error(`indicator ${indicator.id} has no subject`);
      return subject;
    },
  },
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
  Evidence: {
    source: (e, _args, { loaders }) => mustLoad(loaders.source.load(e.sourceId), e.sourceId),
  },
};

/** Relationships and evidence always point at existing nodes; a missing one is a broken graph. */
async function mustLoad<T>(promise: Promise<T | null>, id: string): Promise<T> {
  const value = await promise;
  if (value === null) throw new Error(`dangling reference to ${id}`);
  return value;
}
