import type { CodegenConfig } from "@graphql-codegen/cli";
import { ENTITY_KINDS } from "./src/model/kinds.js";

/**
 * Generates the resolver types from schema/ into src/generated/, and the explorer's typed documents into
 * web/src/generated/. Never edit the output by hand: `npm run codegen` rewrites it, and `npm test` fails
 * when it is stale.
 */
const config: CodegenConfig = {
  schema: "schema/**/*.graphql",
  overwrite: true,
  generates: {
    "src/generated/resolvers-types.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        useIndexSignature: false,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: "string" },
        contextType: "../resolvers/context.js#GraphQLContext",
        mappers: {
          ...Object.fromEntries(ENTITY_KINDS.map((t) => [t, "../graph/rows.js#EntityRow"])),
          Entity: "../graph/rows.js#EntityRow",
          Node: "../graph/rows.js#NodeRow",
          Relationship: "../graph/rows.js#RelationshipRow",
          Position: "../graph/rows.js#PositionRow",
          Source: "../graph/rows.js#SourceRow",
          Evidence: "../graph/rows.js#EvidenceRow",
          SourceCount: "../graph/search.js#SourceCountRow",
          QuoteHit: "../graph/search.js#QuoteHitRow",
          Statement: "../graph/rows.js#StatementRow",
        },
      },
    },
    // Typed documents for the explorer in web/: only the queries it declares with graphql().
    "web/src/generated/": {
      documents: ["web/src/**/*.ts", "!web/src/generated/**"],
      preset: "client",
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: "string" } },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
