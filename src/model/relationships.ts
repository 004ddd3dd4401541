import type { EntityKind } from "./kinds.js";

/** The relationship types, a closed set; the SDL enum RelationshipType is checked against it. */
export const RELATIONSHIP_TYPES = [
  "HOLDS_POSITION",
  "UNIT_OF",
  "MEMBER_OF",
  "PARTY_TO",
  "COVERS",
  "OPERATES",
  "OWNS",
  "BUILDS",
  "LOCATED_IN",
  "TOOK_PART_IN",
  "ISSUED",
  "CITES",
  "IMPLEMENTS",
  "PART_OF",
  "SUPPLIER_OF",
  "PARTNER_OF",
  "BENEFICIARY_OF",
  "PRODUCES",
  "MEASURES",
] as const;

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Which kinds each relationship type may connect; anything else is a modelling mistake. */
export const ENDPOINTS: Record<RelationshipType, [EntityKind[], EntityKind[]]> = {
  HOLDS_POSITION: [["Person"], ["Organization"]],
  UNIT_OF: [["Organization"], ["Organization"]],
  MEMBER_OF: [["Organization"], ["Organization"]],
  PARTY_TO: [
    ["Organization", "Person"],
    ["Agreement", "Programme"],
  ],
  COVERS: [
    ["Agreement", "Programme", "Event", "Regulation"],
    ["Commodity", "Topic"],
  ],
  OPERATES: [["Organization"], ["Facility"]],
  OWNS: [["Organization"], ["Facility"]],
  /** The contractor that builds (or built) a facility. */
  BUILDS: [["Organization"], ["Facility"]],
  LOCATED_IN: [["Organization", "Facility", "Place", "Event"], ["Place"]],
  TOOK_PART_IN: [["Organization", "Person"], ["Event"]],
  ISSUED: [["Organization"], ["Regulation"]],
  CITES: [["Organization", "Person", "Event", "Agreement", "Programme", "Regulation"], ["Regulation"]],
  /** A regulation or policy implementing another (a ministerial circular implementing a law). */
  IMPLEMENTS: [["Regulation"], ["Regulation"]],
  PART_OF: [
    ["Programme", "Facility", "Event"],
    ["Programme", "Facility", "Event"],
  ],
  SUPPLIER_OF: [["Organization"], ["Organization"]],
  PARTNER_OF: [["Organization"], ["Organization"]],
  BENEFICIARY_OF: [["Organization"], ["Programme"]],
  PRODUCES: [["Organization", "Facility", "Place"], ["Commodity"]],
  MEASURES: [
    ["Indicator"],
    ["Organization", "Programme", "Facility", "Place", "Agreement", "Commodity", "Event"],
  ],
};

/**
 * Every relationship type ties two different entities (a unit of itself would make `parent { parent … }`
 * endless): the refusal of one that does not, for the seed files, imports and mutations alike.
 */
export function selfLoopProblem(r: { from: string; to: string }): string | undefined {
  return r.from === r.to ? `a relationship cannot connect an entity to itself (${r.from})` : undefined;
}
