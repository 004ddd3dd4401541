import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/project.js";
import { compileSeedDir } from "../../src/seed/compile.js";
import { inferenceProblems, seedEntitySchema, seedRelationshipSchema } from "../../src/model/format.js";

/** An inference names its premises, and they are among its quotes (docs/model.md, Inferred facts). */
describe("inferred facts", () => {
  const seed = compileSeedDir(path.join(projectRoot, "seed"));

  it("name their premises, every one of them in the seed", () => {
    const inferred = [...seed.entities, ...seed.relationships].filter((f) => f.inferred !== undefined);
    expect(inferred.length).toBeGreaterThan(40);
    const unnamed = inferred.filter((f) => !f.inferredFrom?.length).map((f) => f.id);
    expect(unnamed).toEqual([]);
  });

  it("refuses a premise that is in none of the fact's quotes, and premises without an inference", () => {
    const evidence = ["Direktur Jenderal Industri Logam, Mesin (ILMATE) Kemenperin, Setia Diarta"];
    expect(
      inferenceProblems({
        inferred: "named after its head's title",
        inferredFrom: ["(ILMATE)  Kemenperin"],
        evidence,
      }),
    ).toEqual([]);
    expect(
      inferenceProblems({
        inferred: "named after its head's title",
        inferredFrom: ["Sekretaris Jenderal"],
        evidence,
      }),
    ).toEqual([
      { path: ["inferredFrom", 0], message: expect.stringContaining("in none of the fact's evidence") },
    ]);
    const tie = {
      type: "UNIT_OF",
      from: "org:ilmate",
      to: "org:kemenperin",
      evidence,
      inferredFrom: ["Kemenperin"],
    };
    expect(seedRelationshipSchema.safeParse(tie).error?.issues[0]?.message).toMatch(/set inferred too/);
    const entity = {
      kind: "Topic",
      id: "topic:x",
      name: "X",
      evidence,
      inferred: "the topic of the meeting",
      inferredFrom: ["Sekretaris Jenderal"],
    };
    expect(seedEntitySchema.safeParse(entity).error?.issues[0]?.path).toEqual(["inferredFrom", 0]);
  });
});
