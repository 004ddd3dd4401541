import { afterAll, describe, expect, it } from "vitest";
import { createApollo, runOperation } from "../../src/apollo.js";
import { connectTestGraph } from "../support/graph.js";

/** Misspelt names, at every stage that checks names: validation, and variable values at execution. */
const TYPOS: { query: string; variables?: Record<string, unknown>; code: string }[] = [
  { query: "{ entitie { id } }", code: "GRAPHQL_VALIDATION_FAILED" },
  { query: "{ entities(frist: 3) { totalCount } }", code: "GRAPHQL_VALIDATION_FAILED" },
  {
    query: "{ entities(filter: { kinds: [Organisation] }) { totalCount } }",
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  { query: "{ entities { totalCount } } fragment F on Entiti { id }", code: "GRAPHQL_VALIDATION_FAILED" },
  {
    query: "query ($k: [EntityKind!]) { entities(filter: { kinds: $k }) { totalCount } }",
    variables: { k: ["Organisation"] },
    code: "BAD_USER_INPUT",
  },
  {
    query: "query ($f: EntityFilter) { entities(filter: $f) { totalCount } }",
    variables: { f: { kind: ["Person"] } },
    code: "BAD_USER_INPUT",
  },
];

describe("suggestions in errors (issue 12 §3)", () => {
  const graph = connectTestGraph();
  afterAll(() => graph.close());

  const messages = async (introspection: boolean) => {
    const apollo = createApollo(undefined, { introspection });
    const found: { code: unknown; message: string }[] = [];
    for (const { query, variables } of TYPOS) {
      const { errors } = await runOperation(apollo, graph, { query, variables });
      for (const e of errors ?? []) found.push({ code: e.extensions?.code, message: e.message });
    }
    return found;
  };

  it("name the right spelling while introspection is on", async () => {
    const found = await messages(true);
    expect(found.filter((e) => /Did you mean/.test(e.message))).toHaveLength(TYPOS.length);
    expect(found.map((e) => e.message)).toContain(
      'Cannot query field "entitie" on type "Query". Did you mean "entities" or "entity"?',
    );
  });

  it("name nothing with INTROSPECTION=false, and keep their codes", async () => {
    const found = await messages(false);
    expect(
      found
        .map((e) => e.message)
        .filter((m) => /Did you mean|"entities"|"first"|"Organization"|"Entity"|"kinds"/.test(m)),
    ).toEqual([]);
    expect(found.map((e) => e.message)).toContain('Cannot query field "entitie" on type "Query".');
    expect(new Set(found.map((e) => e.code))).toEqual(new Set(TYPOS.map((t) => t.code)));
  });
});
