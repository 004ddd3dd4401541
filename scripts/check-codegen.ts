/**
 * Fails when generated code is not what `npm run codegen` makes from schema/ and the documents now:
 * generates every target of codegen.ts into a temporary folder and compares file by file, and compares
 * schema.graphql with the merged schema printed now.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import config from "../codegen.js";
import { printMergedSchema, SCHEMA_FILE } from "../src/schema.js";

/** Every file below a target (a file, or a folder ending in /), relative to the project. */
function filesOf(root: string, target: string): string[] {
  const full = path.join(root, target);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [target];
  return readdirSync(full, { recursive: true, encoding: "utf8" })
    .map((f) => path.join(target, f))
    .filter((f) => statSync(path.join(root, f)).isFile());
}

const scratch = mkdtempSync(path.join(tmpdir(), "codegen-check-"));
try {
  const generates = Object.fromEntries(
    Object.entries(config.generates).map(([target, options]) => [path.join(scratch, target), options]),
  );
  await generate({ ...config, generates, silent: true }, true);
  const stale: string[] = [];
  for (const target of Object.keys(config.generates)) {
    const expected = filesOf(scratch, target);
    for (const file of expected) {
      if (!existsSync(file) || readFileSync(file, "utf8") !== readFileSync(path.join(scratch, file), "utf8"))
        stale.push(file);
    }
    for (const file of filesOf(".", target))
      if (!expected.includes(file)) stale.push(`${file} (no longer generated)`);
  }
  // The merged schema for clients, printed by scripts/print-schema.ts.
  if (!existsSync(SCHEMA_FILE) || readFileSync(SCHEMA_FILE, "utf8") !== printMergedSchema())
    stale.push(path.relative(".", SCHEMA_FILE));
  if (stale.length > 0) {
    console.error(
      `Generated code is stale: ${stale.join(", ")}.\nRun 'npm run codegen' and commit the result.`,
    );
    process.exitCode = 1;
  } else {
    console.log("Generated code is up to date with schema/ and the documents.");
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
