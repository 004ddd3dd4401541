import { afterAll, describe, expect, it } from "vitest";
import { LIMITS } from "../src/limits.js";
import { connectTestGraph, execute } from "./support/graph.js";

/** Operations too large are refused with QUERY_TOO_COMPLEX before anything runs. */
describe("operation limits", () => {
  const graph = connectTestGraph();
  afterAll(() => graph.close());

  const codeAndMessage = async (query: string) => {
    const result = await execute(graph, query);
    return {
      code: result.errors?.[0]?.extensions?.code,
      message: result.errors?.[0]?.message,
      roundTrips: result.roundTrips,
    };
  };

  it("refuses nesting deeper than the limit, and allows the limit itself", async () => {
    // entity { ... on Organization { parent { ... parent { id } } } }: depth = 2 + parents.
    const nest = (depth: number) => {
      let inner = "id";
      for (let i = 0; i < depth - 2; i++) inner = `... on Organization { parent { ${inner} } }`;
      return `{ entity(id: "org:ilmate") { ${inner} } }`;
    };
    const deep = await codeAndMessage(nest(LIMITS.maxDepth + 1));
    expect(deep.code).toBe("QUERY_TOO_COMPLEX");
    expect(deep.message).toMatch(new RegExp(`nested \\d+ deep; at most ${LIMITS.maxDepth} is allowed`));
    expect(deep.roundTrips).toBe(0);
    const fine = await codeAndMessage(nest(LIMITS.maxDepth));
    expect(fine.code).toBeUndefined();
  });

  it("refuses too many aliases", async () => {
    const fields = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { entities }`).join(
      " ",
    );
    const refused = await codeAndMessage(`{ ${fields} }`);
    expect(refused).toMatchObject({ code: "QUERY_TOO_COMPLEX", roundTrips: 0 });
    expect(refused.message).toBe(
      `the operation has ${LIMITS.maxAliases + 1} aliased fields; at most ${LIMITS.maxAliases} are allowed`,
    );
  });

  it("refuses a document with too many tokens", async () => {
    const refused = await codeAndMessage(`{ ${"__typename ".repeat(LIMITS.maxTokens)} }`);
    expect(refused.code).toBe("QUERY_TOO_COMPLEX");
    expect(refused.message).toMatch(/more th(?:an|at) 5000 (?:lexical )?tokens/);
  });

  it("refuses a page larger than 100", async () => {
    expect((await codeAndMessage(`{ entities(first: 101) { totalCount } }`)).code).toBe("BAD_USER_INPUT");
  });
});
