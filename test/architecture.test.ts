import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The walls between layers, which the type checker cannot see: src/graph/ (all Cypher) speaks the domain
 * model, so it imports neither the seed compiler, nor the write rules, nor the generated API types; and
 * the table of limits reads nothing from the resolvers; and the resolvers are named after the schema, so
 * that what schema/<area>.graphql declares is resolved in src/resolvers/<area>.ts. (`npm run check:cycles`
 * keeps the modules free of import cycles.)
 */

const root = path.resolve(import.meta.dirname, "..");

/** Every module a file imports, statically, dynamically or for its side effects, as a path from the root. */
function importsOf(file: string, text = readFileSync(file, "utf8")): string[] {
  const specifiers = [
    ...text.matchAll(/\bfrom\s+["']([^"']+)["']/g),
    ...text.matchAll(/\bimport\s+["']([^"']+)["']/g),
    ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1] ?? "");
  return specifiers
    .filter((s) => s.startsWith("."))
    .map((s) =>
      path
        .relative(root, path.resolve(path.dirname(file), s))
        .split(path.sep)
        .join("/"),
    );
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The imports of `files` that land in one of the `forbidden` folders, as "file → module". */
function offending(files: readonly string[], forbidden: readonly string[]): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter((target) => forbidden.some((folder) => target.startsWith(`${folder}/`)))
      .map((target) => `${path.relative(root, file)} → ${target}`),
  );
}

/** The schema files of `schemaFiles` without a resolver module of the same name among `resolverFiles`. */
function withoutResolvers(schemaFiles: readonly string[], resolverFiles: readonly string[]): string[] {
  const modules = new Set(
    resolverFiles.filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -".ts".length)),
  );
  return schemaFiles
    .filter((f) => f.endsWith(".graphql"))
    .filter((f) => !modules.has(f.slice(0, -".graphql".length)))
    .map((f) => `schema/${f} → src/resolvers/${f.slice(0, -".graphql".length)}.ts is missing`);
}

describe("architecture", () => {
  it("finds an offending import of each form (the check can fail)", () => {
    const file = path.join(root, "src/graph/example.ts");
    const text = [
      'import type { SeedProblem } from "../seed/compile.js";',
      'import "../write/plan.js";',
      'const m = await import("../generated/resolvers-types.js");',
    ].join("\n");
    expect(importsOf(file, text).sort()).toEqual([
      "src/generated/resolvers-types.js",
      "src/seed/compile.js",
      "src/write/plan.js",
    ]);
  });

  it("src/graph/ imports neither src/seed/, src/write/ nor src/generated/", () => {
    const files = tsFiles(path.join(root, "src/graph"));
    expect(files.length).toBeGreaterThan(10);
    expect(offending(files, ["src/seed", "src/write", "src/generated"])).toEqual([]);
  });

  it("src/limits.ts imports nothing from src/resolvers/", () => {
    expect(offending([path.join(root, "src/limits.ts")], ["src/resolvers"])).toEqual([]);
  });

  it("finds a schema file without its resolver module (the check can fail)", () => {
    expect(
      withoutResolvers(["lists.graphql", "explore.graphql", "README.md"], ["query.ts", "lists.ts"]),
    ).toEqual(["schema/explore.graphql → src/resolvers/explore.ts is missing"]);
  });

  it("every schema/<area>.graphql has its src/resolvers/<area>.ts", () => {
    const schemaFiles = readdirSync(path.join(root, "schema"));
    expect(schemaFiles.filter((f) => f.endsWith(".graphql")).length).toBeGreaterThan(5);
    expect(withoutResolvers(schemaFiles, readdirSync(path.join(root, "src/resolvers")))).toEqual([]);
  });
});
