import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";
import { LIMITS } from "../limits.js";

export interface MaxAliasesOptions {
  maxAliases: number;
}

/**
 * Refuses a document with more than `maxAliases` aliased fields: each alias can ask for a field again
 * with other arguments, a query of its own. Counted as written (a fragment's aliases once, however often it
 * is spread), in one pass over the document.
 */
export function MaxAliasesRule(options: MaxAliasesOptions = LIMITS): ValidationRule {
  return (context: ValidationContext) => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > options.maxAliases) {
            context.reportError(
              new GraphQLError(
                `the operation has ${aliases} aliased fields; at most ${options.maxAliases} are allowed`,
              ),
            );
          }
        },
      },
    };
  };
}
