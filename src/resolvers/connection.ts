import { badUserInput } from "../errors.js";

/** Most items one page may ask for; larger `first` values are refused, not silently cut. */
export const MAX_PAGE_SIZE = 100;

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

export function checkPageSize(first: number, argument = "first"): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(argument, `must be an integer from 0 to ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return first;
}

/** One page of an already ordered list. */
export function paginate<T>(
  items: readonly T[],
  first: number,
  after: string | null | undefined,
): Connection<T> {
  checkPageSize(first);
  const start = after == null ? 0 : decodeCursor(after) + 1;
  const page = items.slice(start, start + first);
  const edges = page.map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: start + page.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}
