import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { GraphQLError } from "graphql";
import { codedError } from "./errors.js";

/**
 * Bearer-token authentication with API keys. The server is configured with the SHA-256 hash of each key,
 * never the key itself (API_KEYS="name:role:hash,..."); `npm run apikey -- NAME ROLE` makes one.
 */

export const ROLES = ["reader", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface ApiKey {
  name: string;
  role: Role;
  /** Hex SHA-256 of the token. */
  hash: string;
}

/** Who is making a request. Null when no token was sent. */
export interface Viewer {
  name: string;
  role: Role;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A new random token (shown once) and the configuration entry that admits it. */
export function createApiKey(name: string, role: Role): { token: string; entry: string } {
  const token = `iig_${randomBytes(24).toString("base64url")}`;
  return { token, entry: `${name}:${role}:${hashToken(token)}` };
}

/** Parses API_KEYS: the keys, and a problem for each malformed entry. */
export function parseApiKeys(text: string): { keys: ApiKey[]; problems: string[] } {
  const keys: ApiKey[] = [];
  const problems: string[] = [];
  for (const [i, entry] of text
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)
    .entries()) {
    const [name = "", role = "", hash = "", ...rest] = entry.split(":");
    if (!/^[\w.@-]+$/.test(name)) problems.push(`entry ${i + 1}: the name must be letters, digits, _ . @ -`);
    else if (!(ROLES as readonly string[]).includes(role))
      problems.push(`entry ${i + 1} (${name}): role must be one of ${ROLES.join(", ")}`);
    else if (!/^[0-9a-f]{64}$/.test(hash) || rest.length > 0)
      problems.push(`entry ${i + 1} (${name}): expected name:role:<64 hex digits of SHA-256>`);
    else keys.push({ name, role: role as Role, hash });
  }
  return { keys, problems };
}

function unauthenticated(message: string): GraphQLError {
  return codedError("UNAUTHENTICATED", message, { http: { status: 401 } });
}

/**
 * The viewer an Authorization header names: null without a header, an UNAUTHENTICATED error for a
 * malformed header or a token no key matches.
 */
export function authenticate(header: string | undefined, keys: readonly ApiKey[]): Viewer | null {
  if (header === undefined || header === "") return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw unauthenticated("the Authorization header must be 'Bearer <token>'");
  const hash = Buffer.from(hashToken(match[1]), "hex");
  const key = keys.find((k) => timingSafeEqual(Buffer.from(k.hash, "hex"), hash));
  if (!key) throw unauthenticated("the bearer token is not valid");
  return { name: key.name, role: key.role };
}

const RANK: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

/** Throws UNAUTHENTICATED without a viewer and FORBIDDEN when the viewer's role is below `role`. */
export function requireRole(viewer: Viewer | null, role: Role): Viewer {
  if (!viewer) throw unauthenticated(`this needs a bearer token with the ${role} role`);
  if (RANK[viewer.role] < RANK[role]) {
    const article = viewer.role === "reader" ? "a" : "an";
    throw codedError(
      "FORBIDDEN",
      `this needs the ${role} role; ${viewer.name} is ${article} ${viewer.role}`,
      {
        http: { status: 403 },
      },
    );
  }
  return viewer;
}
