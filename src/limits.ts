import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from "graphql";
import { codedError } from "./errors.js";
import { MAX_PAGE_SIZE } from "./resolvers/connection.js";
import { MAX_NEIGHBORHOOD_LIMIT } from "./resolvers/query.js";

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
  /**
   * Estimated cost: every object the answer can hold counts 1 (see operationCost). A single page of
   * 100 entities with one page of 50 relationships each is about 15,000; the largest documented query is
   * far below (test/limits.test.ts prints their costs).
   */
  maxCost: 25_000,
  /** What a list without a `first` or `limit` argument (evidence, units, positions) is assumed to hold. */
  assumedListSize: 10,
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

type Variables = Record<string, unknown> | undefined;

/** The arguments that size the lists below their field, with the largest value each accepts. */
const SIZING_ARGUMENTS: Record<string, number> = { first: MAX_PAGE_SIZE, limit: MAX_NEIGHBORHOOD_LIMIT };

/** The list size an argument asks for: a literal, a variable or the schema default, clamped to its maximum. */
function listSizeOf(
  value: ValueNode | undefined,
  fallback: unknown,
  max: number,
  variables: Variables,
): number {
  const given =
    value?.kind === Kind.INT
      ? Number(value.value)
      : value?.kind === Kind.VARIABLE
        ? variables?.[value.name.value]
        : fallback;
  // A value out of range is refused by the resolver with BAD_USER_INPUT; here it only must not inflate.
  return typeof given === "number" && Number.isFinite(given)
    ? Math.min(Math.max(Math.trunc(given), 0), max)
    : LIMITS.assumedListSize;
}

/**
 * The most objects an answer to this selection can hold: 1 per object field, lists multiplied by their
 * size. A field with `first` or `limit` sets the size of the lists below it (a connection's `edges`, a
 * subgraph's `nodes`); other lists count as LIMITS.assumedListSize. Unknown fields cost nothing here:
 * validation refuses them.
 */
function selectionCost(
  set: SelectionSetNode,
  parent: GraphQLCompositeType,
  context: {
    schema: GraphQLSchema;
    fragments: Map<string, FragmentDefinitionNode>;
    variables: Variables;
    seen: Set<string>;
  },
  listSize: number | undefined,
): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.selectionSet) continue;
      const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
      const field = fields[selection.name.value];
      const type = field ? getNamedType(field.type) : undefined;
      if (!field || !type || !isCompositeType(type)) continue;
      const sizing = field.args.find((a) => Object.hasOwn(SIZING_ARGUMENTS, a.name));
      const sizeBelow = sizing
        ? listSizeOf(
            selection.arguments?.find((a) => a.name.value === sizing.name)?.value,
            sizing.defaultValue,
            SIZING_ARGUMENTS[sizing.name] ?? MAX_PAGE_SIZE,
            context.variables,
          )
        : undefined;
      const count = isListType(getNullableType(field.type)) ? (listSize ?? LIMITS.assumedListSize) : 1;
      cost += count * (1 + selectionCost(selection.selectionSet, type, context, sizeBelow));
    } else {
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : context.fragments.get(selection.name.value);
      const key = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : undefined;
      if (!fragment || (key && context.seen.has(key))) continue;
      const condition = fragment.typeCondition
        ? context.schema.getType(fragment.typeCondition.name.value)
        : parent;
      if (!condition || !isCompositeType(condition)) continue;
      cost += selectionCost(
        fragment.selectionSet,
        condition,
        key ? { ...context, seen: new Set([...context.seen, key]) } : context,
        listSize,
      );
    }
  }
  return cost;
}

/** The estimated cost of the operation that will run (see selectionCost). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables?: Variables,
): number {
  const fragments = fragmentsOf(document);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  // A variable left out takes the default the operation declares for it, as execution will.
  const defaults = Object.fromEntries(
    (operation.variableDefinitions ?? []).flatMap((d) =>
      d.defaultValue ? [[d.variable.name.value, valueFromASTUntyped(d.defaultValue)]] : [],
    ),
  );
  return selectionCost(
    operation.selectionSet,
    root,
    { schema, fragments, variables: { ...defaults, ...variables }, seen: new Set() },
    undefined,
  );
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/** Why a document is too complex, or null when it is within the limits. */
export function complexityProblem(document: DocumentNode): string | null {
  const fragments = fragmentsOf(document);
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
 * validation rule, since Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED. The cost
 * is estimated over `schema`, built by the caller from the same SDL: the schema Apollo passes to plugins
 * comes from another copy of graphql-js (CommonJS), whose types graphql's ESM predicates do not recognise.
 */
export function operationLimits(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, operationName, request }) {
          const problem = complexityProblem(document);
          if (problem) throw codedError("QUERY_TOO_COMPLEX", problem, { http: { status: 400 } });
          const cost = operationCost(schema, document, operationName, request.variables);
          if (cost > LIMITS.maxCost) {
            throw codedError(
              "QUERY_TOO_COMPLEX",
              `the operation could return about ${cost} objects; at most ${LIMITS.maxCost} are allowed ` +
                "(ask for smaller pages with first or limit, or fewer nested lists)",
              { http: { status: 400 } },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}

// ------------------------------------------------------------------------------------------------------------
// Input bounds
// ------------------------------------------------------------------------------------------------------------

/**
 * The largest values a write accepts, checked with the seed format (src/seed/format.ts), so that seed files,
 * imports and mutations share them. Each is far above what the seed needs (its largest value is in the
 * comment), and small enough that no write can make the entity it touches slow to read or update. A value
 * over its bound is refused naming the field and the bound; docs/writing.md#input-bounds lists them.
 */
export const INPUT_BOUNDS = {
  /** Characters of an entity's or a source's id (the seed's longest: 67). */
  id: 100,
  /** Characters of an id given as an argument: an entity's, a source's or a relationship's (longest: 104). */
  reference: 300,
  /** Characters of a relationship's key, which tells two ties of one type between one pair apart. */
  key: 40,
  /** Characters of a name or an alias (157). */
  name: 300,
  /** Aliases of one entity (14). */
  aliases: 50,
  /** Characters of a description (304). */
  description: 2_000,
  /** Characters of a note: what an inference is drawn from (153), how a date was established (344). */
  note: 1_000,
  /** Characters of a short text: a title, a role, a metric, a unit, a publisher, an author (85). */
  label: 300,
  /** Characters of a URL (121). */
  url: 2_000,
  /** Characters of a quote: a sentence or two (265). */
  quote: 1_000,
  /** Quotes given for one fact (3), and ids in one distinctFrom (0). */
  quotes: 20,
  distinctFrom: 20,
  /** Characters of an article's text, in addSource and importSource (3,257). */
  articleText: 40_000,
  /** Characters of an import's YAML (the seed's largest file: 35,544). */
  importYaml: 60_000,
} as const;

/**
 * How long a write's transaction may run, waiting for the locks it needs included, before Neo4j rolls it
 * back: as long as shutdown waits for requests in flight, so a write never outlives the server's shutdown.
 * Seed loads (`npm run seed`) have none: they may take minutes on a large graph.
 */
export const WRITE_TIMEOUT_MS = 20_000;
