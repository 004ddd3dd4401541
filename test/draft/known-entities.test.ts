import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { draftArticle } from "../../src/draft/draft.js";
import { knownFromSeed, restatable } from "../../src/draft/known-entities.js";
import { projectRoot } from "../../src/project.js";

const known = knownFromSeed(path.join(projectRoot, "seed"));

describe("a known entity repeated in a draft", () => {
  it("keeps no field another article stated: inferred, description, dates, years", () => {
    const ilmate = known.find((k) => k.id === "org:ilmate");
    // ILMATE's curated declaration carries an `inferred` note citing another article.
    expect(ilmate?.declaration).toBeDefined();
    expect(ilmate?.declaration).not.toHaveProperty("inferred");
    expect(ilmate?.declaration).not.toHaveProperty("inferredFrom");
    expect(ilmate?.declaration).not.toHaveProperty("description");
    expect(ilmate?.declaration).toMatchObject({ kind: "Organization", type: "DIRECTORATE_GENERAL" });
    const event = known.find((k) => k.id === "event:inalum-customer-gathering-2020");
    expect(event?.declaration).toEqual({
      kind: "Event",
      id: "event:inalum-customer-gathering-2020",
      name: "INALUM Virtual Customer Gathering 'Stronger Together' 2020",
      aliases: expect.any(Array),
    });
  });

  it("refers to a known agreement by id: its status is another article's finding", () => {
    const agreement = known.find((k) => k.kind === "Agreement");
    expect(agreement).toBeDefined();
    expect(agreement?.declaration).toBeUndefined();
    expect(
      restatable({ kind: "Agreement", id: "agreement:x", name: "X", aliases: [], status: "SIGNED" }),
    ).toBeUndefined();
  });

  it("writes no other article's inference into the draft's YAML", () => {
    const text = [
      "Kemenperin Dorong Industri Logam",
      "Jakarta, Senin (6/1/2025) - Direktorat Jenderal ILMATE Kemenperin mendorong industri logam.",
      "Direktur Jenderal ILMATE Kemenperin Setia Diarta mengatakan industri baja terus tumbuh.",
    ].join("\n");
    const draft = draftArticle({ text, metadata: { publisher: "Contoh" } }, { known });
    const doc = parse(draft.yaml) as { entities: Record<string, unknown>[] };
    const ilmate = doc.entities.find((e) => e.id === "org:ilmate");
    expect(ilmate).toBeDefined();
    expect(ilmate).not.toHaveProperty("inferred");
    for (const e of doc.entities) {
      if (typeof e.inferred !== "string") continue;
      // Whatever a draft infers, it infers from this text: a quote it cites is in it.
      expect(e.inferred).not.toMatch(/IUCP|UNIDO|MM2100/);
    }
  });
});
