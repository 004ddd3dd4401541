import { checkRange } from "../check-range.js";
import { badUserInput } from "../errors.js";
import { LIMITS } from "../limits.js";

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

/** Cursors are opaque to clients: the position in the connection's stable order. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString("base64url");
}

export function decodeCursor(cursor: string, argument = "after"): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) throw badUserInput(argument, `'${cursor}' is not a cursor of this connection`);
  return Number(match[1]);
}

/** Where a page starts and how long it is, from the Relay arguments, each checked. */
export function pageWindow(
  first: number,
  after: string | null | undefined,
): { offset: number; limit: number } {
  return {
    limit: checkRange("first", first, LIMITS.pageSize),
    offset: after == null ? 0 : decodeCursor(after) + 1,
  };
}

/** A page of `totalCount` items starting at `offset`, as a Relay connection. */
export function toConnection<T>(items: readonly T[], totalCount: number, offset: number): Connection<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: offset + items.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** One page of an already ordered list. */
export function paginate<T>(
  items: readonly T[],
  first: number,
  after: string | null | undefined,
): Connection<T> {
  const { offset, limit } = pageWindow(first, after);
  return toConnection(items.slice(offset, offset + limit), items.length, offset);
}
