import { asSeen, read } from "./as-seen.js";
import { closestPassage } from "./closest-passage.js";
import { ok, refused, type Result } from "./problems.js";

/**
 * Finds an evidence quote in its source text. A quote must occur exactly once, so that its offsets are
 * unambiguous, but it need not reproduce what a person cannot see on the page: where the verbatim quote
 * is not in the text, it is looked for again as a reader sees both (as-seen.ts: line breaks and runs of
 * spaces as one space, curly quotes as straight ones, dashes as hyphens, invisible characters left out).
 * Whichever way it is found, the result is the text's own span, its offsets and its exact characters,
 * which is what gets stored: every stored quote is still verbatim at its offsets.
 */

export interface LocatedQuote {
  start: number;
  end: number;
  /** The source text's own characters at start..end (the quote as given may differ in spacing). */
  quote: string;
}

/** Longest part of a quote or a passage a message repeats; longer ones are cut with "…". */
const SHOWN_CHARACTERS = 160;

const AMBIGUOUS = "quote occurs more than once in the source text; quote more of the sentence";

function firstTwo(text: string, part: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(part); at >= 0 && found.length < 2; at = text.indexOf(part, at + 1))
    found.push(at);
  return found;
}

function shown(s: string): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > SHOWN_CHARACTERS ? `${flat.slice(0, SHOWN_CHARACTERS)}…` : flat);
}

/**
 * Finds a quote in a text: the text's span, or a problem saying why it cannot be placed (a message for
 * the person who wrote it).
 */
export function locateQuote(text: string, quote: string): Result<LocatedQuote> {
  if (quote.trim() === "") return refused("quote is blank");
  const exact = firstTwo(text, quote);
  if (exact.length > 1) return refused(AMBIGUOUS);
  if (exact[0] !== undefined) return ok({ start: exact[0], end: exact[0] + quote.length, quote });
  const wanted = read(quote).text.trim();
  const seen = asSeen(text);
  const found = firstTwo(seen.text, wanted);
  if (found.length > 1) return refused(AMBIGUOUS);
  const [from] = found;
  if (from === undefined) {
    const passage = closestPassage(text, quote);
    return refused(
      `quote not found in the source text: ${shown(quote)}; ` +
        (passage ? `the closest passage is ${shown(passage)}` : "no passage of the text is close to it"),
    );
  }
  const start = seen.offsets[from] ?? 0;
  const end = (seen.offsets[from + wanted.length - 1] ?? start) + 1;
  return ok({ start, end, quote: text.slice(start, end) });
}
