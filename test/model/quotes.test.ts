import { describe, expect, it } from "vitest";
import { locateQuote, type LocatedQuote } from "../../src/model/quotes.js";

const TEXT =
  "Direktur Jenderal ILMATE Kemenperin\nTaufiek Bawazier mengatakan  bahwa “hilirisasi nikel” berjalan – kata dia.\n" +
  "Ia menyebut pabrik itu ber\u00adoperasi sejak 2021.";

/** A located quote, checked to be the text's own characters at its offsets. */
function located(text: string, quote: string): LocatedQuote {
  const found = locateQuote(text, quote);
  if (typeof found === "string") throw new Error(found);
  expect(text.slice(found.start, found.end)).toBe(found.quote);
  return found;
}

describe("locateQuote", () => {
  it("finds a verbatim quote at its offsets", () => {
    expect(locateQuote(TEXT, "Taufiek Bawazier")).toEqual({ start: 36, end: 52, quote: "Taufiek Bawazier" });
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
    expect(locateQuote("nikel dan nikel", "nikel")).toBe(
      "quote occurs more than once in the source text; quote more of the sentence",
    );
    // Verbatim it is not there; read as a person reads it, it is there twice.
    expect(locateQuote("kerja sama, lalu kerja\nsama", "kerja  sama")).toBe(
      "quote occurs more than once in the source text; quote more of the sentence",
    );
    expect(locateQuote(TEXT, " \n ")).toBe("quote is blank");
  });

  it("does not forgive what a person can see: case, letters, punctuation", () => {
    for (const quote of ["taufiek bawazier", "Taufik Bawazier", "Taufiek Bawazier, mengatakan"])
      expect(locateQuote(TEXT, quote)).toMatch(/^quote not found in the source text/);
  });

  it("gives the closest passage of the text as a hint when a quote is not found", () => {
    expect(locateQuote(TEXT, "Taufik Bawazier mengatakan")).toBe(
      'quote not found in the source text: "Taufik Bawazier mengatakan"; ' +
        'the closest passage is "Taufiek Bawazier mengatakan"',
    );
    expect(locateQuote(TEXT, "Unrelated words about something else")).toBe(
      'quote not found in the source text: "Unrelated words about something else"; ' +
        "no passage of the text is close to it",
    );
  });

  it("cuts a long quote short in its message", () => {
    const message = locateQuote(TEXT, "x".repeat(5000));
    expect(typeof message === "string" && message.length).toBeLessThan(400);
  });
});
