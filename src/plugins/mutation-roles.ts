import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { Role } from "../api-keys.js";
import { requireRole } from "../auth.js";
import type { GraphQLContext } from "../resolvers/context.js";

/** The names of the root fields a selection set selects, through its fragments, each once. */
function rootFields(
  set: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  names = new Set<string>(),
  spread = new Set<string>(),
): Set<string> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) names.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      rootFields(selection.selectionSet, fragments, names, spread);
    else if (!spread.has(selection.name.value)) {
      spread.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) rootFields(fragment.selectionSet, fragments, names, spread);
    }
  }
  return names;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/**
 * Checks the role every root field of a mutation needs before any of them runs. graphql-js runs the root
 * fields of a mutation one after the other, each committing its own write, so a check inside each resolver
 * would let `{ a: upsertEntity … b: deleteEntity … }` from an editor commit the first write and then refuse
 * the second. Refused with UNAUTHENTICATED (401) or FORBIDDEN (403) naming the field; nothing runs. A field
 * skipped with @skip or @include is checked too: the operation as written needs that role.
 */
export function mutationRoles(roles: Readonly<Record<string, Role>>): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, document, contextValue }) {
          if (operation?.operation !== OperationTypeNode.MUTATION) return Promise.resolve();
          for (const field of rootFields(operation.selectionSet, fragmentsOf(document))) {
            const role = roles[field];
            if (!role) continue;
            try {
              requireRole(contextValue.viewer, role);
            } catch (error) {
              if (!(error instanceof GraphQLError)) throw error;
              throw new GraphQLError(`${field}: ${error.message}`, { extensions: error.extensions });
            }
          }
          return Promise.resolve();
        },
      });
    },
  };
}
