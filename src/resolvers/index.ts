import type { Resolvers } from "../generated/resolvers-types.js";
import { allSources } from "../graph/entities.js";
import { spanIsInferred } from "../domain/positions.js";
import { observedFirst } from "../domain/observation.js";
import type { EntityRow, NodeRow, RelationshipRow } from "../graph/rows.js";
import type { GraphQLContext } from "./context.js";
import { entityFields, positionsOf } from "./entity.js";
import { draftResolvers } from "./drafts.js";
import { mutationResolvers } from "./mutation.js";
import { queryResolvers } from "./query.js";
import {
  evidenceSearchResolvers,
  pathQueryResolvers,
  searchQueryResolvers,
  searchTypeResolvers,
} from "./search.js";
import { saidBy, statementFields, statementQueries, statementsAbout } from "./statements.js";
import { DateScalar } from "./scalars.js";

function nodeType(node: NodeRow): "Relationship" | "Source" | "Statement" | EntityRow["kind"] {
  if ("fromId" in node) return "Relationship";
  if ("speakerId" in node) return "Statement";
  if ("kind" in node && node.kind !== undefined) return node.kind;
  return "Source";
}

/** Organizations at the other end of UNIT_OF / MEMBER_OF ties, in the order of `types`. */
/**
 * The organizations a UNIT_OF or MEMBER_OF tie leads to, `types` in order of preference, stated ties before
 * inferred ones; inferred ones only when asked for, so that an inference never reaches a client as a fact.
 */
async function relatedOrganizations(
  id: string,
  types: ("UNIT_OF" | "MEMBER_OF")[],
  direction: "OUTGOING" | "INCOMING",
  includeInferred: boolean,
  context: GraphQLContext,
): Promise<{ organization: EntityRow; tie: RelationshipRow }[]> {
  const { relationships: rels } = await context.loaders.relationships.load({ id, types, direction });
  const rank = (r: RelationshipRow) =>
    (r.inferred ? types.length : 0) + types.indexOf(r.type as "UNIT_OF" | "MEMBER_OF");
  const ordered = rels.filter((r) => includeInferred || !r.inferred).sort((a, b) => rank(a) - rank(b));
  const organizations = await context.loaders.entity.loadMany(
    ordered.map((r) => (direction === "OUTGOING" ? r.toId : r.fromId)),
  );
  return ordered.flatMap((tie, i) => {
    const organization = organizations[i];
    if (organization instanceof Error) throw organization;
    return organization ? [{ organization, tie }] : [];
  });
}

/** A unit's ministry comes before a member's holding. */
const PARENT_TYPES: ("UNIT_OF" | "MEMBER_OF")[] = ["UNIT_OF", "MEMBER_OF"];

/** The fields every entity type has, statements about it included. */
const fields = { ...entityFields, statementsAbout };

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    node: async (_root, { id }, { loaders }) => {
      if (id.startsWith("source:")) return loaders.source.load(id);
      if (id.startsWith("statement:")) return loaders.statement.load(id);
      if (id.includes("-[")) return loaders.relationship.load(id);
      return loaders.entity.load(id);
    },
    entity: (_root, { id }, { loaders }) => loaders.entity.load(id),
    sources: (_root, _args, { graph }) => allSources(graph),
    about: (_root, _args, { server }) => server,
    ...queryResolvers,
    ...searchQueryResolvers,
    ...pathQueryResolvers,
    ...evidenceSearchResolvers,
    ...statementQueries,
  },
  Mutation: { ...mutationResolvers, ...draftResolvers },
  ...searchTypeResolvers,
  Node: { __resolveType: nodeType },
  Entity: { __resolveType: (entity) => entity.kind },
  Commodity: fields,
  Topic: fields,
  Programme: fields,
  Agreement: fields,
  Regulation: fields,
  Place: fields,
  Facility: fields,
  Event: fields,
  Organization: {
    ...fields,
    statements: saidBy,
    parent: async (org, { includeInferred }, context) =>
      (await relatedOrganizations(org.id, PARENT_TYPES, "OUTGOING", includeInferred, context))[0]
        ?.organization ?? null,
    parentInferred: async (org, _args, context) =>
      (await relatedOrganizations(org.id, PARENT_TYPES, "OUTGOING", true, context))[0]?.tie.inferred ?? null,
    units: async (org, { includeInferred }, context) =>
      (await relatedOrganizations(org.id, ["UNIT_OF"], "INCOMING", includeInferred, context))
        .map((u) => u.organization)
        .sort((a, b) => a.name.localeCompare(b.name)),
    positions: (org, { asOf }, context) => positionsOf(org.id, asOf, context),
  },
  Person: {
    ...fields,
    statements: saidBy,
    positions: (person, { asOf }, context) => positionsOf(person.id, asOf, context),
  },
  Indicator: {
    ...fields,
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
  Statement: statementFields,
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
