import type { ApolloServerPlugin } from "@apollo/server";
import { validate, type GraphQLSchema } from "graphql";
import { codedError } from "../errors.js";
import { LIMITS } from "../limits.js";
import { MaxAliasesRule, type MaxAliasesOptions } from "../validation/MaxAliasesRule.js";
import { MaxCostRule, type MaxCostOptions } from "../validation/MaxCostRule.js";
import { MaxDepthRule, type MaxDepthOptions } from "../validation/MaxDepthRule.js";
import { MaxVisitsRule, type MaxVisitsOptions } from "../validation/MaxVisitsRule.js";

export interface OperationLimitsOptions {
  /**
   * The schema to measure operations over, built by the caller from the same SDL as Apollo's: the schema
   * Apollo passes to plugins comes from another copy of graphql-js (CommonJS), whose types graphql's ESM
   * predicates do not recognise.
   */
  schema: GraphQLSchema;
  /** The bounds; src/limits.ts's LIMITS by default. */
  limits?: MaxVisitsOptions & MaxDepthOptions & MaxAliasesOptions & MaxCostOptions;
}

/**
 * Refuses an operation over a limit (selections once fragments are spread out, depth, cost, aliases:
 * src/validation/Max*Rule.ts, introspection bounded apart) once it is parsed and validated, before
 * anything runs, with QUERY_TOO_COMPLEX and HTTP 400. A plugin rather than validation rules given to
 * Apollo, since Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED, and since the cost
 * depends on the variables sent. (The token limit is the parser's: Apollo's `parseOptions`.)
 */
export function operationLimitsPlugin({
  schema,
  limits = LIMITS,
}: OperationLimitsOptions): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, operationName, request }) {
          const [problem] = validate(schema, document, [
            MaxVisitsRule(limits),
            MaxDepthRule(limits),
            MaxCostRule({ operationName, variables: request.variables }, limits),
            MaxAliasesRule(limits),
          ]);
          if (problem) throw codedError("QUERY_TOO_COMPLEX", problem.message, { http: { status: 400 } });
          return Promise.resolve();
        },
      });
    },
  };
}
