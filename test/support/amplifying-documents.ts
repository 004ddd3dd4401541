import { getIntrospectionQuery, Kind, parse, print } from "graphql";

/**
 * Documents that are small as text but large once their fragments are spread out, as an attacker writes
 * them (issue 12 §1), for the rules' tests (test/validation/) and the denial-of-service test
 * (test/reliability/dos.test.ts).
 */

/**
 * `levels` fragments on Query, each spreading the one before `width` times; the first holds `leaf`. The
 * issue's reproduction is fanOut(8, 10): 0.7 kB, and 10^8 copies of `leaf` once spread out.
 */
export function fanOut(levels: number, width = 10, leaf = "__typename"): string {
  let document = `query { ...L${levels} } fragment L0 on Query { ${leaf} } `;
  for (let i = 1; i <= levels; i++) {
    document += `fragment L${i} on Query { ${Array.from({ length: width }, () => `...L${i - 1}`).join(" ")} } `;
  }
  return document;
}

/** `count` fragments, each spread by the next one twice: 2^count copies of `leaf`, linear text. */
export function fragmentChain(count: number, leaf = "__typename"): string {
  return fanOut(count, 2, leaf);
}

/** One fragment spread `spreads` times, in `sets` aliased selection sets of `stats`. */
export function manySpreads(spreads: number, sets = 1): string {
  const set = Array.from({ length: spreads }, () => "...S").join(" ");
  const fields = Array.from({ length: sets }, (_, i) => `s${i}: stats { ${set} }`).join(" ");
  return `{ ${fields} } fragment S on Stats { entities relationships }`;
}

/** Inline fragments nested `depth` deep, each with a field of its own and the next level. */
export function deepInlineFragments(depth: number): string {
  return `{ ${"... on Query { __typename ".repeat(depth)}${"} ".repeat(depth)}}`;
}

/** Fields nested through fragments: an organization's parent's parent…, `depth` levels of `parent`. */
export function deepThroughFragments(depth: number): string {
  let document = `{ entity(id: "org:ilmate") { ...P${depth} } } fragment P0 on Organization { id } `;
  for (let i = 1; i <= depth; i++) {
    document += `fragment P${i} on Organization { parent { ...P${i - 1} ... on Organization { ...P${i - 1} } } } `;
  }
  return document;
}

/** `count` copies of one object field in one selection set: graphql-js's overlap check compares them in pairs. */
export function hugeSelectionSet(count: number, field = "stats { entities }"): string {
  return `{ ${Array.from({ length: count }, () => field).join(" ")} }`;
}

/** `copies` aliased `__schema { types { ...FullType } }`, with the standard introspection query's fragments. */
export function schemaTimes(copies: number): string {
  const fragments = parse(getIntrospectionQuery())
    .definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => print(d))
    .join("\n");
  const fields = Array.from({ length: copies }, (_, i) => `s${i}: __schema { types { ...FullType } }`);
  return `{ ${fields.join(" ")} }\n${fragments}`;
}
