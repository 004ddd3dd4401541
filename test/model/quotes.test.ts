import { describe, expect, it } from "vitest";
import { ok } from "../../src/model/problems.js";
import { locateQuote, type LocatedQuote } from "../../src/model/quotes.js";

const TEXT =
  "Direktur Jenderal ILMATE Kemenperin\nTaufiek Bawazier mengatakan  bahwa “hilirisasi nikel” berjalan – kata dia.\n" +
  "Ia menyebut pabrik itu ber\u00adoperasi sejak 2021.";

/** A located quote, checked to be the text's own characters at its offsets. */
function located(text: string, quote: string): LocatedQuote {
  const result = locateQuote(text, quote);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  const found = result.value;
  expect(text.slice(found.start, found.end)).toBe(found.quote);
  return found;
}

/** Why a quote cannot be placed: the message of its one problem. */
function refusal(text: string, quote: string): string {
  const result = locateQuote(text, quote);
  if (result.ok) throw new Error(`the quote was found at ${result.value.start}`);
  expect(result.problems).toHaveLength(1);
  return result.problems[0]!.message;
}

describe("locateQuote", () => {
  it("finds a verbatim quote at its offsets", () => {
    expect(locateQuote(TEXT, "Taufiek Bawazier")).toEqual(
      ok({ start: 36, end: 52, quote: "Taufiek Bawazier" }),
    );
  });

  it("matches across a line break, and stores the text's own span", () => {
    expect(located(TEXT, "Kemenperin Taufiek Bawazier").quote).toBe("Kemenperin\nTaufiek Bawazier");
    // A quote written over two lines (a YAML block scalar) matches one line of the text too.
    expect(located(TEXT, "mengatakan\n bahwa").quote).toBe("mengatakan  bahwa");
  });

  it("reads runs of spaces, tabs and no-break spaces as one space", () => {
    expect(located(TEXT, "mengatakan bahwa").quote).toBe("mengatakan  bahwa");
    expect(located(TEXT, "mengatakan\t\u00a0bahwa").quote).toBe("mengatakan  bahwa");
  });

  it("reads curly quotes as straight ones and dashes as hyphens, both ways", () => {
    expect(located(TEXT, '"hilirisasi nikel" berjalan - kata dia').quote).toBe(
      "“hilirisasi nikel” berjalan – kata dia",
    );
    const straight = `Ia berkata "cukup" - lalu pergi.`;
    expect(located(straight, "berkata “cukup” — lalu").quote).toBe('berkata "cukup" - lalu');
  });

  it("leaves out characters a reader cannot see (soft hyphens, zero-width spaces)", () => {
    expect(located(TEXT, "pabrik itu beroperasi sejak 2021").quote).toBe(
      "pabrik itu ber\u00adoperasi sejak 2021",
    );
    expect(located("kerja\u200bsama dengan UNIDO", "kerjasama dengan UNIDO").start).toBe(0);
  });

  it("ignores a quote's leading and trailing blanks", () => {
    expect(located(TEXT, "  Taufiek Bawazier\n").quote).toBe("Taufiek Bawazier");
  });

  it("still needs the quote to occur once, however it is found", () => {
    expect(refusal("nikel dan nikel", "nikel")).toBe(
      "quote occurs more than once in the source text; quote more of the sentence",
    );
    // Verbatim it is not there; read as a person reads it, it is there twice.
    expect(refusal("kerja sama, lalu kerja\nsama", "kerja  sama")).toBe(
      "quote occurs more than once in the source text; quote more of the sentence",
    );
    expect(refusal(TEXT, " \n ")).toBe("quote is blank");
  });

  it("does not forgive what a person can see: case, letters, punctuation", () => {
    for (const quote of ["taufiek bawazier", "Taufik Bawazier", "Taufiek Bawazier, mengatakan"])
      expect(refusal(TEXT, quote)).toMatch(/^quote not found in the source text/);
  });

  it("gives the closest passage of the text as a hint when a quote is not found", () => {
    expect(refusal(TEXT, "Taufik Bawazier mengatakan")).toBe(
      'quote not found in the source text: "Taufik Bawazier mengatakan"; ' +
        'the closest passage is "Taufiek Bawazier mengatakan"',
    );
    expect(refusal(TEXT, "Unrelated words about something else")).toBe(
      'quote not found in the source text: "Unrelated words about something else"; ' +
        "no passage of the text is close to it",
    );
  });

  it("cuts a long quote short in its message", () => {
    expect(refusal(TEXT, "x".repeat(5000)).length).toBeLessThan(400);
  });
});
