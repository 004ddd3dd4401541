/**
 * Fails when the generated code in src/generated/ is not what `npm run codegen` makes from schema/ now:
 * generates into a temporary folder and compares file by file.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import config from "../codegen.js";

const generatedDir = "src/generated";
const scratch = mkdtempSync(path.join(tmpdir(), "codegen-check-"));
try {
  const generates = Object.fromEntries(
    Object.entries(config.generates).map(([target, options]) => [path.join(scratch, target), options]),
  );
  await generate({ ...config, generates, silent: true }, true);
  const stale: string[] = [];
  const expectedDir = path.join(scratch, generatedDir);
  for (const file of readdirSync(expectedDir)) {
    const committed = path.join(generatedDir, file);
    if (
      !existsSync(committed) ||
      readFileSync(committed, "utf8") !== readFileSync(path.join(expectedDir, file), "utf8")
    ) {
      stale.push(committed);
    }
  }
  for (const file of readdirSync(generatedDir)) {
    if (!existsSync(path.join(expectedDir, file)))
      stale.push(`${path.join(generatedDir, file)} (no longer generated)`);
  }
  if (stale.length > 0) {
    console.error(
      `Generated code is stale: ${stale.join(", ")}.\nRun 'npm run codegen' and commit the result.`,
    );
    process.exitCode = 1;
  } else {
    console.log("Generated code is up to date with schema/.");
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
