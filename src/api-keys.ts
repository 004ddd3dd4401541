import { createHash, randomBytes } from "node:crypto";

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
