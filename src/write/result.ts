import type { Problem } from "../model/problems.js";

/**
 * The one shape of a write's answer, whichever write it is (facts, merge, delete) and whoever asked (a
 * mutation, the import CLI): what it did, and the problems that kept it from doing it. The resolvers turn
 * problems (the model's one shape of a refusal) into `userErrors`, the CLI into lines; refusals are never
 * thrown.
 */

export type { Problem } from "../model/problems.js";

export interface WriteResult<T> {
  /** True when the write was committed, with its audit entry; false when refused or when nothing changed. */
  applied: boolean;
  /** What the write did or, refused or in a dry run, would do; null when the input was not understood. */
  value: T | null;
  /** Why it was refused: empty when it was applied or had nothing to change. */
  problems: Problem[];
}

/** A write that changed nothing: refused (with its problems), a dry run, or one with nothing to change. */
export const notApplied = <T>(problems: Problem[], value: T | null = null): WriteResult<T> => ({
  applied: false,
  value,
  problems,
});

/** A write that was committed, with what it did. */
export const applied = <T>(value: T): WriteResult<T> => ({ applied: true, value, problems: [] });
