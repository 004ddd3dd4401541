import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/project.js";
import { tryCompileSeed } from "../../src/seed/compile.js";

/** docs/seed-format.md promises that its annotated example compiles as it stands against its article. */
describe("the annotated example of docs/seed-format.md", () => {
  const doc = readFileSync(path.join(projectRoot, "docs", "seed-format.md"), "utf8");
  const example = /```yaml\n(# seed\/data\/petrominer[\s\S]*?)```/.exec(doc)?.[1] ?? "";
  const text = readFileSync(
    path.join(
      projectRoot,
      "seed",
      "sources",
      "petrominer-2025-03-11-kemenperin-unido-green-industry-nickel.txt",
    ),
    "utf8",
  );

  it("compiles without a problem or a warning, in block lists", () => {
    const compiled = tryCompileSeed({ "example.yaml": example }, () => text);
    expect(compiled.problems).toEqual([]);
    expect(compiled.warnings).toEqual([]);
    expect(compiled.entities.length).toBeGreaterThan(5);
    expect(example).not.toMatch(/: \[/);
  });
});
