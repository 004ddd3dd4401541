import { createHash } from "node:crypto";
import type { GraphQLResolveInfo } from "graphql";
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

/**
 * Where a cursor may be used: one connection (its name) with one set of the arguments that choose and
 * order its items (all but `first` and `after`, plus the entity a connection hangs off). A cursor carries
 * its scope, so that one from another connection, or from the same one with other arguments, is refused
 * rather than read as a position in a list it does not belong to.
 */
export interface CursorScope {
  connection: string;
  /** A hash of the arguments: enough to tell sets apart, short enough to keep cursors short. */
  arguments: string;
}

/** The format's version: a cursor of another version is refused, not misread. */
const CURSOR_VERSION = "c1";
/** Longer than any cursor this format makes (a version, a connection name, a hash and a position). */
const MAX_CURSOR_LENGTH = 120;
const CURSOR = /^c1\|([A-Za-z.]{1,60})\|([A-Za-z0-9_-]{12})\|(0|[1-9]\d{0,8})$/;

/** JSON with object keys sorted and null or absent values left out: equal arguments, equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The scope of a connection's cursors, from its name and its arguments (first and after aside). */
export function cursorScope(connection: string, args: Record<string, unknown>): CursorScope {
  const { first: _first, after: _after, ...chosen } = args;
  const hash = createHash("sha256").update(canonical(chosen)).digest("base64url").slice(0, 12);
  return { connection, arguments: hash };
}

/** The scope of the connection a resolver serves: its type and field ("Query.entities") and arguments. */
export function scopeOf(
  info: Pick<GraphQLResolveInfo, "parentType" | "fieldName">,
  args: Record<string, unknown>,
): CursorScope {
  return cursorScope(`${info.parentType.name}.${info.fieldName}`, args);
}

/** Cursors are opaque to clients: the position in the connection's stable order, with its scope. */
export function encodeCursor(offset: number, scope: CursorScope): string {
  return Buffer.from(`${CURSOR_VERSION}|${scope.connection}|${scope.arguments}|${offset}`).toString(
    "base64url",
  );
}

/**
 * The position a cursor names, if it is one this connection made with these arguments. It must be
 * exactly as made: unpadded base64url with nothing before or after, so that no two strings are the same
 * cursor. The refusal never repeats the cursor, which may be long.
 */
export function decodeCursor(cursor: string, scope: CursorScope, argument = "after"): number {
  const refuse = (why: string) => badUserInput(argument, `not a cursor of this connection: ${why}`);
  const text =
    cursor.length <= MAX_CURSOR_LENGTH && /^[A-Za-z0-9_-]+$/.test(cursor)
      ? Buffer.from(cursor, "base64url").toString("utf8")
      : "";
  const match = CURSOR.exec(text);
  if (!match || Buffer.from(text).toString("base64url") !== cursor)
    throw refuse("pass a cursor exactly as this API returned it");
  const [, connection, args, offset] = match;
  if (connection !== scope.connection) throw refuse("it comes from another connection");
  if (args !== scope.arguments)
    throw refuse("it comes from a page with other arguments; ask with the same arguments as that page");
  return Number(offset);
}

/** Where a page starts and how long it is, from the Relay arguments, each checked. */
export function pageWindow(
  first: number,
  after: string | null | undefined,
  scope: CursorScope,
): { offset: number; limit: number } {
  return {
    limit: checkRange("first", first, LIMITS.pageSize),
    offset: after == null ? 0 : decodeCursor(after, scope) + 1,
  };
}

/** A page of `totalCount` items starting at `offset`, as a Relay connection. */
export function toConnection<T>(
  items: readonly T[],
  totalCount: number,
  offset: number,
  scope: CursorScope,
): Connection<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(offset + i, scope), node }));
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
  scope: CursorScope,
): Connection<T> {
  const { offset, limit } = pageWindow(first, after, scope);
  return toConnection(items.slice(offset, offset + limit), items.length, offset, scope);
}
