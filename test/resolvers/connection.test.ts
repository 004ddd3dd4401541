import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { decodeCursor, encodeCursor, paginate, type Connection } from "../../src/resolvers/connection.js";

const items = ["a", "b", "c", "d", "e"];

describe("paginate", () => {
  it("walks the list page by page without gaps or repeats", () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Connection<string> = paginate(items, 2, after);
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(items);
  });

  it("says whether there is a page before", () => {
    expect(paginate(items, 2, null).pageInfo.hasPreviousPage).toBe(false);
    expect(paginate(items, 2, encodeCursor(1)).pageInfo.hasPreviousPage).toBe(true);
  });

  it("gives an empty page past the end", () => {
    const page = paginate(items, 2, encodeCursor(4));
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });

  it("refuses a forged cursor and an out-of-range page size, naming the argument", () => {
    const forged = (() => {
      try {
        decodeCursor("bm90LWEtY3Vyc29y");
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(forged).toBeInstanceOf(GraphQLError);
    expect((forged as GraphQLError).extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
    expect(() => paginate(items, 101, null)).toThrow(/first: must be an integer from 0 to 100/);
    expect(() => paginate(items, -1, null)).toThrow(/first/);
  });
});
