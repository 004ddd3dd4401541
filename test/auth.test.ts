import type { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { createApiKey, hashToken, parseApiKeys } from "../src/api-keys.js";
import { authenticate, requireRole, viewerOf } from "../src/auth.js";
import { ConfigError, loadConfig } from "../src/config.js";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as GraphQLError).extensions.code;
  }
  return "no error";
};

describe("API keys", () => {
  const alice = createApiKey("alice", "editor");
  const { keys } = parseApiKeys(alice.entry);

  it("stores only the token's hash", () => {
    expect(alice.entry).toBe(`alice:editor:${hashToken(alice.token)}`);
    expect(alice.entry).not.toContain(alice.token);
  });

  it("authenticates the token, and refuses a forged or malformed one", () => {
    expect(authenticate(`Bearer ${alice.token}`, keys)).toEqual({ name: "alice", role: "editor" });
    expect(authenticate(undefined, keys)).toBeNull();
    expect(codeOf(() => authenticate("Bearer iig_forged", keys))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => authenticate(alice.token, keys))).toBe("UNAUTHENTICATED");
  });

  it("ranks roles: reader < editor < admin", () => {
    expect(requireRole({ name: "a", role: "admin" }, "editor").name).toBe("a");
    expect(codeOf(() => requireRole({ name: "r", role: "reader" }, "editor"))).toBe("FORBIDDEN");
    expect(codeOf(() => requireRole({ name: "e", role: "editor" }, "admin"))).toBe("FORBIDDEN");
    expect(codeOf(() => requireRole(null, "reader"))).toBe("UNAUTHENTICATED");
  });

  it("makes reads need a token only with READ_ACCESS=token", () => {
    expect(viewerOf(undefined, { keys, readAccess: "public" })).toBeNull();
    expect(codeOf(() => viewerOf(undefined, { keys, readAccess: "token" }))).toBe("UNAUTHENTICATED");
    expect(viewerOf(`Bearer ${alice.token}`, { keys, readAccess: "token" })).toEqual({
      name: "alice",
      role: "editor",
    });
  });

  it("refuses malformed API_KEYS at start-up, naming the entry", () => {
    expect(() => loadConfig({ API_KEYS: "bob:owner:abc" })).toThrow(ConfigError);
    expect(() => loadConfig({ API_KEYS: `${alice.entry},bob:owner:abc` })).toThrow(
      /entry 2 \(bob\): role must be one of reader, editor, admin/,
    );
    expect(() => loadConfig({ API_KEYS: "carol:admin:xyz" })).toThrow(
      /entry 1 \(carol\): expected name:role:<64 hex digits/,
    );
    expect(loadConfig({ API_KEYS: alice.entry, READ_ACCESS: "token" }).auth).toEqual({
      keys,
      readAccess: "token",
    });
  });
});
