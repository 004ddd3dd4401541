/**
 * The one shape of a refusal, whoever refuses (the seed compiler, a write, a curation, the search parser,
 * quote location): what is wrong, and where in the input. Refusals are returned, never thrown; the
 * resolvers translate them into `userErrors` or a GraphQL error in one place (src/resolvers/problems.ts).
 */

export interface Problem {
  /**
   * Where in the input, outermost first: ["input", "type"], or ["input", "yaml", "entities[2].type
   * (line 14)"]. Absent, or empty, when the refusal is about the input as a whole.
   */
  at?: string[];
  message: string;
  /** A code of the closed list in src/errors.ts, when the refusal is answered with a GraphQL error. */
  code?: string;
}

/** A value, or the problems that kept it from being made: callers branch on `ok`. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A refusal with one problem. */
export const refused = (message: string, at?: string[]): Result<never> => ({
  ok: false,
  problems: [at === undefined ? { message } : { at, message }],
});
