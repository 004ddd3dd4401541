import type { ApolloServerPlugin } from "@apollo/server";

/** graphql-js's suggestion, always at the end of its message: ` Did you mean "entities" or "entity"?` */
const SUGGESTION = / ?Did you mean .+\?$/s;

/**
 * Takes graphql-js's "Did you mean …?" suggestions out of every error a request meets: validation errors,
 * and errors in variable values, which Apollo coerces without graphql-js's `hideSuggestions` switch. With
 * introspection off, suggestions would still spell out the schema's fields, arguments, types and enum
 * values one typo at a time. (Apollo's `hideSchemaDetailsFromClientErrors` covers validation only.)
 */
export function hideSuggestionsPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors }) {
          for (const error of errors) error.message = error.message.replace(SUGGESTION, "");
          return Promise.resolve();
        },
      });
    },
  };
}
