import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import {
  cursorScope,
  decodeCursor,
  encodeCursor,
  paginate,
  type Connection,
} from "../../src/resolvers/connection.js";

const items = ["a", "b", "c", "d", "e"];
const scope = cursorScope("Query.entities", { first: 2, orderBy: "NAME_ASC" });

function refusal(cursor: string, expected = scope): GraphQLError {
  try {
    decodeCursor(cursor, expected);
  } catch (e) {
    if (e instanceof GraphQLError) return e;
    throw e;
  }
  throw new Error(`accepted ${cursor}`);
}

describe("paginate", () => {
  it("walks the list page by page without gaps or repeats", () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Connection<string> = paginate(items, 2, after, scope);
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(items);
  });

  it("says whether there is a page before", () => {
    expect(paginate(items, 2, null, scope).pageInfo.hasPreviousPage).toBe(false);
    expect(paginate(items, 2, encodeCursor(1, scope), scope).pageInfo.hasPreviousPage).toBe(true);
  });

  it("gives an empty page past the end", () => {
    const page = paginate(items, 2, encodeCursor(4, scope), scope);
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });

  it("refuses an out-of-range page size, naming the argument", () => {
    expect(() => paginate(items, 101, null, scope)).toThrow(/first: must be an integer from 0 to 100/);
    expect(() => paginate(items, -1, null, scope)).toThrow(/first/);
  });
});

describe("cursors", () => {
  it("round-trip their position within their scope", () => {
    for (const offset of [0, 1, 99, 123_456_789])
      expect(decodeCursor(encodeCursor(offset, scope), scope)).toBe(offset);
  });

  it("are bound to their arguments, whatever their order and however first is set", () => {
    const same = cursorScope("Query.entities", { orderBy: "NAME_ASC", first: 50, after: "x", filter: null });
    expect(decodeCursor(encodeCursor(3, scope), same)).toBe(3);
  });

  it("refuse a cursor of another connection, or of other arguments", () => {
    const fromSearch = encodeCursor(0, cursorScope("Query.search", { query: "nikel" }));
    expect(refusal(fromSearch).message).toBe(
      "after: not a cursor of this connection: it comes from another connection",
    );
    const otherOrder = encodeCursor(0, cursorScope("Query.entities", { orderBy: "NAME_DESC" }));
    expect(refusal(otherOrder).message).toMatch(
      /^after: not a cursor of this connection: it comes from a page with other arguments/,
    );
  });

  it("accept only the exact string they were given as: no padding, standard base64, junk or old formats", () => {
    const cursor = encodeCursor(2, scope);
    const standard = Buffer.from(Buffer.from(cursor, "base64url")).toString("base64");
    const variants = [
      `${cursor}=`,
      `${cursor}==junk`,
      `${cursor}!!junk`,
      ` ${cursor}`,
      `${cursor}\n`,
      standard.includes("+") || standard.includes("/") || standard.endsWith("=") ? standard : `${standard}=`,
      // The same bytes, with the unused low bits of the last character set.
      cursor.slice(0, -1) + String.fromCharCode(cursor.charCodeAt(cursor.length - 1) + 1),
      Buffer.from("offset:2").toString("base64url"), // the format before cursors had scopes
      Buffer.from(`c1|Query.entities|${scope.arguments}|02`).toString("base64url"),
      "",
    ];
    for (const variant of variants) {
      const error = refusal(variant);
      expect(error.extensions, JSON.stringify(variant)).toMatchObject({
        code: "BAD_USER_INPUT",
        argument: "after",
      });
    }
  });

  it("never repeat a refused cursor, however long", () => {
    const long = "A".repeat(20_000);
    const error = refusal(long);
    expect(error.message).toBe(
      "after: not a cursor of this connection: pass a cursor exactly as this API returned it",
    );
    expect(refusal(`${encodeCursor(1, scope)}${"A".repeat(200)}`).message).not.toContain("AAAA");
  });
});
