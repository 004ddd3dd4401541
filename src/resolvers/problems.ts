import type { GraphQLError } from "graphql";
import { badUserInput } from "../errors.js";
import type { Problem } from "../model/problems.js";

/**
 * The one place refusals (the model's Problem) become GraphQL answers: business failures of a mutation
 * are data (`userErrors`), a refused query argument is a BAD_USER_INPUT error.
 */

/** One userError per problem, its field the problem's place in the input (empty: the input as a whole). */
export function userErrors(problems: readonly Problem[]): { field: string[]; message: string }[] {
  return problems.map((p) => ({ field: p.at ?? [], message: p.message }));
}

/** A refused argument: BAD_USER_INPUT naming it, with what is wrong with it. */
export function argumentError(argument: string, problems: readonly Problem[]): GraphQLError {
  return badUserInput(argument, problems.map((p) => p.message).join("; "));
}
