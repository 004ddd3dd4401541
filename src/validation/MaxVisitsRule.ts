import {
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { LIMITS } from "../limits.js";
import { FragmentMemo } from "./FragmentMemo.js";

export interface MaxVisitsOptions {
  maxVisits: number;
}

/**
 * Refuses an operation with more than `maxVisits` selections once its fragments are spread out: what a
 * walk that follows every spread (execution's, or a careless analysis's) would visit. Ten fragments
 * spreading the one before ten times each are 1.2 kB of text but 10^8 selections. Counted with each
 * fragment measured once, so the count itself is linear in the document; a document within the token limit
 * that spreads no fragment twice stays far below the budget.
 */
export function MaxVisitsRule(options: MaxVisitsOptions = LIMITS): ValidationRule {
  return (context: ValidationContext) => {
    const memo = new FragmentMemo<number>(0);

    const visitsOf = (set: SelectionSetNode | undefined): number => {
      let visits = 0;
      for (const selection of set?.selections ?? []) {
        visits += 1;
        if (selection.kind !== Kind.FRAGMENT_SPREAD) visits += visitsOf(selection.selectionSet);
        else {
          const fragment = context.getFragment(selection.name.value);
          if (fragment) visits += memo.fragment(fragment.name.value, () => visitsOf(fragment.selectionSet));
        }
      }
      return visits;
    };

    return {
      OperationDefinition(node) {
        const visits = visitsOf(node.selectionSet);
        if (visits > options.maxVisits) {
          context.reportError(
            new GraphQLError(
              `the operation has about ${visits} selections once its fragments are spread out; at most ` +
                `${options.maxVisits} are allowed (spread each fragment fewer times)`,
              { nodes: node },
            ),
          );
        }
        return false;
      },
    };
  };
}
