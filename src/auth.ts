import { timingSafeEqual } from "node:crypto";
import type { GraphQLError } from "graphql";
import { hashToken, type ApiKey, type Role, type Viewer } from "./api-keys.js";
import { codedError } from "./errors.js";

/** The guard side of API keys: who a bearer token names, and whether their role is enough. */

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

export interface AuthSettings {
  keys: ApiKey[];
  readAccess: "public" | "token";
}

/** The viewer of a request; with token-only reads, a request without a token is refused. */
export function viewerOf(authorization: string | undefined, auth: AuthSettings): Viewer | null {
  const viewer = authenticate(authorization, auth.keys);
  if (!viewer && auth.readAccess === "token") requireRole(null, "reader");
  return viewer;
}
