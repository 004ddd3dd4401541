import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { LIMITS, type Range } from "../limits.js";
import { FragmentMemo } from "./FragmentMemo.js";
import { isIntrospectionField } from "./MaxDepthRule.js";

export interface MaxCostOptions {
  maxCost: number;
  introspection: { maxCost: number };
  assumedListSize: number;
  /** The ranges of the arguments that size lists: `first` of a connection, `limit` of a subgraph. */
  pageSize: Range;
  neighborhoodLimit: Range;
}

/** The operation that will run, with the variables sent for it. */
export interface CostRequest {
  operationName?: string | null;
  variables?: Readonly<Record<string, unknown>> | null;
}

/**
 * The cost of a selection set as a function of the size `s` of the lists directly in it (set by the
 * parent field's `first` or `limit`): `fixed + perItem × s`. Kept in this form, a fragment's cost is
 * computed once and holds wherever it is spread, whatever page size is around it.
 */
interface Linear {
  fixed: number;
  perItem: number;
}

/** The cost of the data and of the introspection (`__schema`, `__type`) in a selection set, apart. */
interface Cost {
  data: Linear;
  introspection: Linear;
}

const none = (): Cost => ({ data: { fixed: 0, perItem: 0 }, introspection: { fixed: 0, perItem: 0 } });

interface Walk {
  schema: GraphQLSchema;
  fragment: (name: string) => FragmentDefinitionNode | undefined;
  variables: Record<string, unknown>;
  options: MaxCostOptions;
  memo: FragmentMemo<Cost>;
}

/** Data and introspection cost of an operation, in objects its answer can hold. */
export interface OperationCost {
  data: number;
  introspection: number;
}

function fieldDefinition(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  node: FieldNode,
): GraphQLField<unknown, unknown> | undefined {
  if (parent === schema.getQueryType()) {
    if (node.name.value === "__schema") return SchemaMetaFieldDef;
    if (node.name.value === "__type") return TypeMetaFieldDef;
  }
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
}

/**
 * The size of the lists below a field with a `first` or `limit` argument, as execution will see it
 * (graphql-js's getArgumentValues: the literal, the variable, or the default), clamped to the argument's
 * range; undefined for other fields. A value out of range is refused by the resolver with BAD_USER_INPUT:
 * here it must only not inflate the cost.
 */
function listSizeBelow(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  walk: Walk,
): number | undefined {
  const sizing = field.args.find((a) => a.name === "first" || a.name === "limit");
  if (!sizing) return undefined;
  const range = sizing.name === "first" ? walk.options.pageSize : walk.options.neighborhoodLimit;
  let given: unknown;
  try {
    given = getArgumentValues(field, node, walk.variables)[sizing.name];
  } catch (error) {
    // A variable that does not fit its argument: execution refuses it with BAD_USER_INPUT.
    if (!(error instanceof GraphQLError)) throw error;
  }
  return typeof given === "number" && Number.isFinite(given)
    ? Math.min(Math.max(Math.trunc(given), range.min), range.max)
    : walk.options.assumedListSize;
}

/** `cost` taken for lists of `size` (the assumed size when nothing sets it). */
function at(cost: Linear, size: number | undefined, walk: Walk): number {
  return cost.fixed + cost.perItem * (size ?? walk.options.assumedListSize);
}

function add(into: Cost, part: Cost): void {
  into.data.fixed += part.data.fixed;
  into.data.perItem += part.data.perItem;
  into.introspection.fixed += part.introspection.fixed;
  into.introspection.perItem += part.introspection.perItem;
}

/**
 * The most objects an answer to this selection can hold: 1 per object field, times its list's size. A
 * field with `first` or `limit` sets the size of the lists right below it (a connection's `edges`, a
 * subgraph's `nodes`); other lists count as `assumedListSize`. Leaves and unknown fields cost nothing
 * (validation refuses unknown ones).
 */
function selectionCost(set: SelectionSetNode, parent: GraphQLCompositeType, walk: Walk): Cost {
  const cost = none();
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = fieldDefinition(walk.schema, parent, selection);
      const type = field ? getNamedType(field.type) : undefined;
      if (!field || !selection.selectionSet || !isCompositeType(type)) continue;
      const below = selectionCost(selection.selectionSet, type, walk);
      const size = listSizeBelow(field, selection, walk);
      const [data, introspection] = isIntrospectionField(selection)
        ? [0, 1 + at(below.data, size, walk) + at(below.introspection, size, walk)]
        : [1 + at(below.data, size, walk), at(below.introspection, size, walk)];
      const side = isListType(getNullableType(field.type)) ? "perItem" : "fixed";
      cost.data[side] += data;
      cost.introspection[side] += introspection;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition
        ? walk.schema.getType(selection.typeCondition.name.value)
        : parent;
      if (isCompositeType(condition)) add(cost, selectionCost(selection.selectionSet, condition, walk));
    } else {
      const fragment = walk.fragment(selection.name.value);
      const condition = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (!fragment || !isCompositeType(condition)) continue;
      add(
        cost,
        walk.memo.fragment(fragment.name.value, () => selectionCost(fragment.selectionSet, condition, walk)),
      );
    }
  }
  return cost;
}

/**
 * The cost of one operation, with the variables sent for it coerced as execution will coerce them
 * (graphql-js's getVariableValues, the operation's defaults included). When they do not fit, execution
 * refuses the request with BAD_USER_INPUT; here none of them counts then (the schema's defaults apply).
 */
export function measureCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragment: (name: string) => FragmentDefinitionNode | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  options: MaxCostOptions = LIMITS,
): OperationCost {
  const root = schema.getRootType(operation.operation);
  if (!root) return { data: 0, introspection: 0 };
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], { ...variables });
  const walk: Walk = {
    schema,
    fragment,
    variables: coerced.coerced ?? {},
    options,
    memo: new FragmentMemo<Cost>(none()),
  };
  const cost = selectionCost(operation.selectionSet, root, walk);
  return { data: at(cost.data, undefined, walk), introspection: at(cost.introspection, undefined, walk) };
}

/** The estimated data cost of a document's operation (the one named, or the only one); for tests and docs. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables?: Readonly<Record<string, unknown>>,
): number {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation) return 0;
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  return measureCost(schema, operation, (name) => fragments.get(name), variables).data;
}

/**
 * Refuses the operation that will run when its answer could hold more than `maxCost` objects, or its
 * introspection more than `introspection.maxCost` (see selectionCost). Other operations of the document
 * do not run, and their variables are not known: they are not measured.
 */
export function MaxCostRule(request: CostRequest, options: MaxCostOptions = LIMITS): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(node) {
      if (request.operationName && node.name?.value !== request.operationName) return false;
      const cost = measureCost(
        context.getSchema(),
        node,
        (name) => context.getFragment(name) ?? undefined,
        request.variables,
        options,
      );
      if (cost.data > options.maxCost) {
        context.reportError(
          new GraphQLError(
            `the operation could return about ${cost.data} objects; at most ${options.maxCost} are ` +
              "allowed (ask for smaller pages with first or limit, or fewer nested lists)",
            { nodes: node },
          ),
        );
      }
      if (cost.introspection > options.introspection.maxCost) {
        context.reportError(
          new GraphQLError(
            `the operation's introspection could return about ${cost.introspection} objects; at most ` +
              `${options.introspection.maxCost} are allowed (ask for the schema once)`,
            { nodes: node },
          ),
        );
      }
      return false;
    },
  });
}
