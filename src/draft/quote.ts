import { locateQuote } from "../model/quotes.js";
import type { Span } from "./types.js";

/**
 * The quote a proposal cites: the shortest span around what the rule matched that the import's own quote
 * locator (locateQuote) finds exactly there, once. Growing word by word, right then left, keeps the quote
 * short; checking with the compiler means a draft can never cite what the text does not say.
 */

/** The seed format's shortest quote (src/seed/format.ts). */
export const MIN_QUOTE = 8;

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** The end of the next word to the right of `end` (past the spaces before it), at most `limit`. */
function growRight(text: string, end: number, limit: number): number {
  let e = end;
  while (e < limit && isSpace(text[e])) e++;
  while (e < limit && !isSpace(text[e])) e++;
  return e;
}

/** The start of the previous word to the left of `start`, at least `limit`. */
function growLeft(text: string, start: number, limit: number): number {
  let s = start;
  while (s > limit && isSpace(text[s - 1])) s--;
  while (s > limit && !isSpace(text[s - 1])) s--;
  return s;
}

/** True when the compiler would place `span`'s text exactly at `span`. */
export function quotable(text: string, span: Span): boolean {
  const quote = text.slice(span.start, span.end);
  if (quote.trim().length < MIN_QUOTE || quote !== quote.trim()) return false;
  const located = locateQuote(text, quote);
  return located.ok && located.value.start === span.start;
}

/**
 * The shortest quotable span that contains `core` and stays within `limit` (by default the core's line);
 * undefined when even the whole limit occurs elsewhere in the text.
 */
export function quoteSpan(text: string, core: Span, limit?: Span): Span | undefined {
  const lineStart = text.lastIndexOf("\n", core.start - 1) + 1;
  const nextBreak = text.indexOf("\n", core.end);
  const bounds = limit ?? { start: lineStart, end: nextBreak < 0 ? text.length : nextBreak };
  let { start, end } = core;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  for (let turn = 0; ; turn++) {
    if (quotable(text, { start, end })) return { start, end };
    const right = growRight(text, end, bounds.end);
    const left = growLeft(text, start, bounds.start);
    if (right === end && left === start) return undefined;
    if ((turn % 2 === 0 && right !== end) || left === start) end = right;
    else start = left;
  }
}
