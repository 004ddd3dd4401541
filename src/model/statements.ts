import type { EntityKind } from "./kinds.js";

/**
 * Statements: who said what, about what, when and where (issue 15). A statement is not an entity: it is a
 * fact of its own, tied to its speaker, to what it is about and to the place it was made, and supported by
 * one verbatim quote of its source like every other fact.
 */

/** What a speaker does with the words; a small closed set, the SDL enum Stance is checked against it. */
export const STANCES = ["SUPPORTS", "PROPOSES", "ANNOUNCES", "CRITICISES", "URGES", "REPORTS"] as const;
export type Stance = (typeof STANCES)[number];

/** Who can speak. */
export const SPEAKER_KINDS: readonly EntityKind[] = ["Person", "Organization"];

/** What a statement can be about. */
export const STATEMENT_ABOUT_KINDS: readonly EntityKind[] = [
  "Commodity",
  "Topic",
  "Agreement",
  "Regulation",
  "Organization",
  "Programme",
  "Facility",
  "Event",
  "Place",
];

/** Where a statement can be made. */
export const STATEMENT_PLACE_KINDS: readonly EntityKind[] = ["Place"];

/** The id prefix of statements: `statement:<slug>`. */
export const STATEMENT_ID = /^statement:[a-z0-9][a-z0-9.-]*$/;
