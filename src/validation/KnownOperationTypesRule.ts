import { GraphQLError, type ASTVisitor, type ValidationContext } from "graphql";

/**
 * Refuses an operation whose type (subscription) the schema has no root type for. graphql-js 16 leaves this
 * to execution, where it becomes an error without a code; as a validation rule it is
 * GRAPHQL_VALIDATION_FAILED like any other operation that does not fit the schema.
 */
export function KnownOperationTypesRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (!context.getSchema().getRootType(node.operation)) {
        context.reportError(
          new GraphQLError(`the schema has no ${node.operation} operations`, { nodes: node }),
        );
      }
    },
  };
}
