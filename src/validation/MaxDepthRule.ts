import {
  GraphQLError,
  Kind,
  type FieldNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { LIMITS } from "../limits.js";
import { FragmentMemo } from "./FragmentMemo.js";

export interface MaxDepthOptions {
  maxDepth: number;
  introspection: { maxDepth: number };
}

/** How deep a selection set nests: its data, and its introspection (`__schema`, `__type`) apart. */
interface Depth {
  data: number;
  introspection: number;
}

const FLAT: Depth = { data: 0, introspection: 0 };

/** The introspection root fields; graphql-js allows them on the query type only. */
export function isIntrospectionField(node: FieldNode): boolean {
  return node.name.value === "__schema" || node.name.value === "__type";
}

/**
 * Refuses an operation nested deeper than `maxDepth` fields (fragments add no depth), or whose
 * introspection nests deeper than `introspection.maxDepth`. Introspection is bounded apart since the
 * standard introspection query nests 15 deep (`ofType` nine times over), deeper than any data query
 * needs. Every operation of the document is measured, each fragment once (see FragmentMemo).
 */
export function MaxDepthRule(options: MaxDepthOptions = LIMITS): ValidationRule {
  return (context: ValidationContext) => {
    const memo = new FragmentMemo<Depth>(FLAT);

    const depthOf = (set: SelectionSetNode | undefined): Depth => {
      const deepest = { ...FLAT };
      for (const selection of set?.selections ?? []) {
        let depth: Depth;
        if (selection.kind === Kind.FIELD) {
          const below = depthOf(selection.selectionSet);
          depth = isIntrospectionField(selection)
            ? { data: 0, introspection: 1 + Math.max(below.data, below.introspection) }
            : { data: 1 + below.data, introspection: below.introspection && 1 + below.introspection };
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          depth = depthOf(selection.selectionSet);
        } else {
          const fragment = context.getFragment(selection.name.value);
          depth = fragment ? memo.fragment(fragment.name.value, () => depthOf(fragment.selectionSet)) : FLAT;
        }
        deepest.data = Math.max(deepest.data, depth.data);
        deepest.introspection = Math.max(deepest.introspection, depth.introspection);
      }
      return deepest;
    };

    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet);
        if (depth.data > options.maxDepth) {
          context.reportError(
            new GraphQLError(
              `the operation is nested ${depth.data} deep; at most ${options.maxDepth} is allowed`,
              { nodes: node },
            ),
          );
        }
        if (depth.introspection > options.introspection.maxDepth) {
          context.reportError(
            new GraphQLError(
              `the operation's introspection is nested ${depth.introspection} deep; at most ` +
                `${options.introspection.maxDepth} is allowed`,
              { nodes: node },
            ),
          );
        }
        // The measurement above has seen everything below.
        return false;
      },
    };
  };
}
