import { describe, expect, it } from "vitest";
import { entityId } from "../../src/model/format.js";
import { evidenceId, relationshipId, slugify } from "../../src/model/ids.js";

describe("ids", () => {
  it("key evidence by what it supports and the exact span it quotes", () => {
    expect(evidenceId("org:ilmate", "source:antara-2021", { start: 36, end: 52 })).toBe(
      "org:ilmate@source:antara-2021:36-52",
    );
    expect(evidenceId("org:ilmate", "source:antara-2021", { start: 36, end: 53 })).not.toBe(
      evidenceId("org:ilmate", "source:antara-2021", { start: 36, end: 52 }),
    );
  });

  it("key a relationship by its ends and type, and by its key when two share them", () => {
    const position = { type: "HOLDS_POSITION", from: "person:taufiek-bawazier", to: "org:ilmate" };
    expect(relationshipId(position)).toBe("person:taufiek-bawazier-[HOLDS_POSITION]->org:ilmate");
    expect(relationshipId({ ...position, key: "dirjen" })).toBe(
      "person:taufiek-bawazier-[HOLDS_POSITION]->org:ilmate#dirjen",
    );
    expect(relationshipId({ ...position, from: "org:ilmate", to: "person:taufiek-bawazier" })).not.toBe(
      relationshipId(position),
    );
  });

  it("make the readable part of an id from a name, one the id pattern accepts", () => {
    expect(slugify("PT AM/NS Indonesia")).toBe("pt-amns-indonesia");
    expect(slugify("People's Republic")).toBe("peoples-republic");
    expect(slugify("Perindustrian & Perdagangan")).toBe("perindustrian-and-perdagangan");
    expect(slugify("  Kementerian Perindustrian (Kemenperin)  ")).toBe(
      "kementerian-perindustrian-kemenperin",
    );
    expect(slugify("Énergie Électrique")).toBe("energie-electrique");
    for (const name of ["PT AM/NS Indonesia", "Énergie Électrique", "UNIDO – Wina"])
      expect(entityId.safeParse(`org:${slugify(name)}`).success, name).toBe(true);
  });
});
