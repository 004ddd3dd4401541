import { graphql } from "./generated/index.js";

/** Every operation the explorer sends; `npm run codegen` types them in ./generated/. */

export const SearchEntities = graphql(`
  query SearchEntities($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      totalCount
      edges {
        node {
          score
          entity {
            id
            kind
            name
            description
          }
        }
      }
    }
  }
`);

export const EntityPage = graphql(`
  query EntityPage($id: ID!, $asOf: Date) {
    entity(id: $id) {
      id
      kind
      name
      aliases
      description
      inferred
      inferredFrom
      evidence {
        quote
        source {
          id
          title
          publisher
          publishedOn
        }
      }
      relationships(first: 100) {
        totalCount
        edges {
          node {
            id
            type
            title
            role
            observedOn
            observedOnBasis
            inferred
            inferredFrom
            from {
              id
              name
              kind
            }
            to {
              id
              name
              kind
            }
            evidence {
              quote
              source {
                id
                title
                publisher
              }
            }
          }
        }
      }
      indicators {
        id
        name
        ... on Indicator {
          value
          unit
          period
          basis
        }
      }
      ... on Organization {
        type
        country
        parent(includeInferred: true) {
          id
          name
          kind
        }
        parentInferred
        positions(asOf: $asOf) {
          id
          title
          titleEn
          observedOn
          inferredSpan
          person {
            id
            name
          }
        }
      }
      ... on Person {
        positions(asOf: $asOf) {
          id
          title
          titleEn
          observedOn
          inferredSpan
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

export const Neighborhood = graphql(`
  query Neighborhood($id: ID!) {
    neighborhood(id: $id, hops: 1, limit: 60) {
      truncated
      nodes {
        id
        kind
        name
      }
      edges {
        id
        type
        from {
          id
        }
        to {
          id
        }
      }
    }
  }
`);

export const FindPath = graphql(`
  query FindPath($from: ID!, $to: ID!) {
    path(from: $from, to: $to, maxHops: 4) {
      length
      hops {
        forward
        from {
          id
          name
        }
        to {
          id
          name
        }
        relationship {
          type
          evidence {
            quote
            source {
              id
              title
              publisher
            }
          }
        }
      }
    }
  }
`);

export const SourcePage = graphql(`
  query SourcePage($id: ID!) {
    node(id: $id) {
      ... on Source {
        id
        title
        publisher
        publishedOn
        author
        url
        text
      }
    }
  }
`);

/** The "Add an article" page: a draft for review (an editor's key), then its import (dry run first). */
export const DraftArticle = graphql(`
  mutation DraftArticle($input: DraftSourceInput!) {
    draftSource(input: $input) {
      draft {
        sourceId
        title
        publisher
        publishedOn
        yaml
        text
        sentences {
          start
          end
        }
        proposals {
          key
          kind
          id
          name
          entityKind
          existingId
          rule
          confidence
          note
          quote
          start
          end
          type
          from
          to
        }
        dropped
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const ImportArticle = graphql(`
  mutation ImportArticle($input: ImportInput!) {
    importSource(input: $input) {
      dryRun
      applied
      report {
        createdEntities
        updatedEntities
        createdRelationships
        updatedRelationships
        addedEvidence
        createdSources
        changes
        candidates {
          id
          sharedNames
          matches {
            id
            name
          }
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`);
