import type { GraphQLResolveInfo } from "graphql";
import type { Direction, RelationshipType, Resolvers } from "../generated/resolvers-types.js";
import type { EntityRow, PositionRow, RelationshipRow } from "../graph/rows.js";
import { tieHoldsOn } from "../domain/positions.js";
import { positionsHeld } from "../graph/relationships.js";
import type { GraphQLContext } from "./context.js";
import { paginate, scopeOf } from "./connection.js";
import { nonNull } from "./load.js";
import { saidBy, statementsAbout } from "./statements.js";

/** schema/entities.graphql: the Entity interface and the fields of each kind. */

/** Field resolvers every entity type shares. */
export const entityFields = {
  evidence: (entity: EntityRow, _args: unknown, { loaders }: GraphQLContext) =>
    loaders.evidence.load(entity.id),
  relationships: async (
    entity: EntityRow,
    args: {
      types?: readonly RelationshipType[] | null;
      asOf?: string | null;
      direction: Direction;
      first: number;
      after?: string | null;
    },
    { loaders }: GraphQLContext,
    info: GraphQLResolveInfo,
  ) => {
    // One entity's relationships: a cursor from another entity's list is refused too.
    const scope = scopeOf(info, { ...args, of: entity.id });
    const related = await loaders.relationships.load({
      id: entity.id,
      types: args.types?.length ? args.types : null,
      direction: args.direction,
    });
    const { asOf } = args;
    if (!asOf) return paginate(related.relationships, args.first, args.after, scope);
    // Positions follow the same succession rule as `positions(asOf)`; other ties their own dates.
    const held = new Set(positionsHeld(related, asOf).map((p) => p.id));
    const holding = related.relationships.filter((r) =>
      r.type === "HOLDS_POSITION" ? held.has(r.id) : tieHoldsOn(r, asOf),
    );
    return paginate(holding, args.first, args.after, scope);
  },
  indicators: async (entity: EntityRow, _args: unknown, { loaders }: GraphQLContext) => {
    const { relationships: measures } = await loaders.relationships.load({
      id: entity.id,
      types: ["MEASURES"],
      direction: "INCOMING",
    });
    return nonNull(await loaders.entity.loadMany(measures.map((r) => r.fromId)));
  },
};

/** Positions around a person or organization, optionally only those held on `asOf`. */
export async function positionsOf(
  id: string,
  asOf: string | null | undefined,
  { loaders }: GraphQLContext,
): Promise<PositionRow[]> {
  const held = positionsHeld(
    await loaders.relationships.load({ id, types: ["HOLDS_POSITION"], direction: "BOTH" }),
    asOf,
  );
  // The date travels with each position, so that its evidence can show what was known by then first.
  return held.map((position) => ({ ...position, asOf }));
}

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

/**
 * The organizations tied to a facility by `type` (OWNS, BUILDS, OPERATES), by name; inferred ties only when
 * asked for, so that an inference never reaches a client as a fact.
 */
async function facilityOrganizations(
  id: string,
  type: "OWNS" | "BUILDS" | "OPERATES",
  includeInferred: boolean,
  context: GraphQLContext,
): Promise<EntityRow[]> {
  return tiedEntities(id, type, "INCOMING", includeInferred, context);
}

/** The entities at the other end of `type` ties, by name; inferred ties only when asked for. */
async function tiedEntities(
  id: string,
  type: RelationshipType,
  direction: "OUTGOING" | "INCOMING",
  includeInferred: boolean,
  { loaders }: GraphQLContext,
): Promise<EntityRow[]> {
  const { relationships: ties } = await loaders.relationships.load({ id, types: [type], direction });
  const others = nonNull(
    await loaders.entity.loadMany(
      ties
        .filter((t) => includeInferred || !t.inferred)
        .map((t) => (direction === "OUTGOING" ? t.toId : t.fromId)),
    ),
  );
  return others.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The fields every entity type has, statements about it included. */
const fields = { ...entityFields, statementsAbout };

export const entityTypes: Resolvers = {
  Entity: { __resolveType: (entity) => entity.kind },
  Commodity: fields,
  Topic: fields,
  Programme: fields,
  Agreement: fields,
  Regulation: {
    ...fields,
    cites: async (regulation, { includeInferred }, context) =>
      (await tiedEntities(regulation.id, "CITES", "OUTGOING", includeInferred, context)).filter(
        (e) => e.kind === "Regulation",
      ),
    citedBy: (regulation, { includeInferred }, context) =>
      tiedEntities(regulation.id, "CITES", "INCOMING", includeInferred, context),
    implements: (regulation, { includeInferred }, context) =>
      tiedEntities(regulation.id, "IMPLEMENTS", "OUTGOING", includeInferred, context),
    implementedBy: (regulation, { includeInferred }, context) =>
      tiedEntities(regulation.id, "IMPLEMENTS", "INCOMING", includeInferred, context),
  },
  Place: fields,
  Facility: {
    ...fields,
    owners: (facility, { includeInferred }, context) =>
      facilityOrganizations(facility.id, "OWNS", includeInferred, context),
    builders: (facility, { includeInferred }, context) =>
      facilityOrganizations(facility.id, "BUILDS", includeInferred, context),
    operators: (facility, { includeInferred }, context) =>
      facilityOrganizations(facility.id, "OPERATES", includeInferred, context),
  },
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
    product: async (indicator, _args, { loaders }) =>
      typeof indicator.product === "string" ? await loaders.entity.load(indicator.product) : null,
  },
};
