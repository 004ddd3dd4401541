import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/project.js";
import { closestPassage } from "../../src/model/closest-passage.js";

describe("closestPassage", () => {
  const text = readFileSync(
    path.join(projectRoot, "seed/sources/tribunnews-2021-07-26-kemenperin-ppkm-amns-monitoring.txt"),
    "utf8",
  );

  it("finds the passage a misremembered quote comes from in a real article", () => {
    // The article writes "di mulai"; a reader remembers "dimulai", and the year without its brackets.
    const passage = closestPassage(text, "penerapan PPKM Level 4 yang dimulai pada Senin 26/7/2021");
    expect(passage).toBe("penerapan PPKM Level 4 yang di mulai pada Senin (26/7/2021)");
  });

  it("shows the whole passage when the quote leaves a word out", () => {
    const text = "Ia mengatakan pabrik baru di Batubara akan beroperasi penuh pada 2026, katanya.";
    expect(closestPassage(text, "pabrik di Batubara akan beroperasi pada 2026")).toBe(
      "pabrik baru di Batubara akan beroperasi penuh pada 2026",
    );
  });

  it("widens the passage to whole words", () => {
    expect(closestPassage("Kementerian Perindustrian (Kemenperin) hadir", "Kementrian Perindustrian")).toBe(
      "Kementerian Perindustrian",
    );
  });
});
