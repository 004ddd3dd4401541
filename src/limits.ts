import type { ApolloServerPlugin } from "@apollo/server";
import {
  Kind,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { codedError } from "./errors.js";

/**
 * Limits on the shape of an operation, checked before anything runs. Each refusal is QUERY_TOO_COMPLEX with
 * a message that says which limit and by how much; docs/errors.md lists them.
 */
export const LIMITS = {
  /** Nesting of selection sets; the deepest documented query uses 9. */
  maxDepth: 12,
  /** Aliased fields in one operation: each can be a query of its own. */
  maxAliases: 20,
  /** Lexical tokens of the document, enforced by the parser. */
  maxTokens: 5000,
};

function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD)
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A fragment spread twice on one path is a cycle, which validation refuses anyway.
      if (fragment && !seen.has(name))
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

function countAliases(node: ASTNode): number {
  let count = 0;
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(visit);
    else if (n && typeof n === "object") {
      const record = n as Record<string, unknown>;
      if (record.kind === Kind.FIELD && record.alias) count += 1;
      for (const [key, value] of Object.entries(record)) if (key !== "loc") visit(value);
    }
  };
  visit(node);
  return count;
}

/** Why a document is too complex, or null when it is within the limits. */
export function complexityProblem(document: DocumentNode): string | null {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const depth = depthOf(definition.selectionSet, fragments, new Set());
    if (depth > LIMITS.maxDepth)
      return `the operation is nested ${depth} deep; at most ${LIMITS.maxDepth} is allowed`;
  }
  const aliases = countAliases(document);
  if (aliases > LIMITS.maxAliases) {
    return `the operation has ${aliases} aliased fields; at most ${LIMITS.maxAliases} are allowed`;
  }
  return null;
}

/**
 * Refuses a too complex operation once it is parsed and validated, before it runs. A plugin rather than a
 * validation rule, since Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED.
 */
export const operationLimits: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ document }) {
        const problem = complexityProblem(document);
        if (problem) throw codedError("QUERY_TOO_COMPLEX", problem, { http: { status: 400 } });
        return Promise.resolve();
      },
    });
  },
};
