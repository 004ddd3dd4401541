import { describe, expect, it } from "vitest";
import { defaultCaseRule, isAcronym, PhraseMatcher, tokenize } from "../../src/lexicon/phrases.js";

describe("tokenize", () => {
  it("keeps slashes, apostrophes and inner dots in a token, and notes the gap before it", () => {
    expect(tokenize("PT AM/NS Indonesia, 13.000 ton (CRC)").map((t) => [t.text, t.gap])).toEqual([
      ["PT", ""],
      ["AM/NS", " "],
      ["Indonesia", " "],
      ["13.000", ", "],
      ["ton", " "],
      ["CRC", " ("],
    ]);
  });

  it("treats runs of spaces and hyphens as one space, and keeps line breaks", () => {
    expect(tokenize("cold-rolled   coil\nBaru").map((t) => t.gap)).toEqual(["", " ", " ", "\n"]);
  });
});

describe("PhraseMatcher", () => {
  const matcher = new PhraseMatcher<string>()
    .add("daur ulang", "recycling")
    .add("daur ulang baterai", "battery recycling")
    .add("CRC", "crc")
    .add("Medan", "medan", "capitalised");

  it("finds whole words only, longest first", () => {
    const found = matcher.findLongest(tokenize("Daur ulang baterai dan daur ulangnya"));
    expect(found.map((m) => m.value)).toEqual(["battery recycling"]);
  });

  it("matches by the case rule", () => {
    const values = (text: string) => matcher.findLongest(tokenize(text)).map((m) => m.value);
    expect(values("CRC, crc, Medan, MEDAN, medan")).toEqual(["crc", "medan", "medan"]);
  });

  it("does not match across a line break", () => {
    expect(matcher.findLongest(tokenize("daur\nulang"))).toEqual([]);
  });
});

describe("case rules", () => {
  it("take acronyms and mixed-case words exactly", () => {
    expect(isAcronym("INALUM")).toBe(true);
    expect(isAcronym("Inalum")).toBe(false);
    expect(defaultCaseRule("MoU")).toBe("exact");
    expect(defaultCaseRule("nota kesepahaman")).toBe("any");
  });
});
