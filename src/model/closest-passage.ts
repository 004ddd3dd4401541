import { asSeen, read } from "./as-seen.js";

/**
 * The passage of a text most like a quote that is not in it, for the message that refuses the quote:
 * "the closest passage is …" shows the writer what the text really says. "Like" is measured in letter
 * triples (lower-cased, as a reader sees the text), which a typo, a missing word or another spelling
 * changes only a little.
 */

/** A passage is offered only when it has at least this share of the quote's letter triples. */
const SIMILARITY = 0.5;

function triples(s: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= s.length; i++) {
    const t = s.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

interface Span {
  start: number;
  end: number;
}

/**
 * The window of the quote's width that shares most triples with it, found in one pass (the window's
 * counts kept up to date as it slides), joined with the equally good windows right after it, and
 * starting where a word starts if one of them does.
 */
function bestWindow(text: string, wanted: Map<string, number>, width: number): Span & { score: number } {
  const inWindow = new Map<string, number>();
  let score = 0;
  let best = { score: -1, start: 0, last: 0 };
  for (let i = 0; i + 3 <= text.length; i++) {
    const entering = text.slice(i, i + 3);
    const had = inWindow.get(entering) ?? 0;
    if (had < (wanted.get(entering) ?? 0)) score += 1;
    inWindow.set(entering, had + 1);
    const leavingAt = i - (width - 3) - 1;
    if (leavingAt >= 0) {
      const leaving = text.slice(leavingAt, leavingAt + 3);
      const left = (inWindow.get(leaving) ?? 1) - 1;
      inWindow.set(leaving, left);
      if (left < (wanted.get(leaving) ?? 0)) score -= 1;
    }
    const start = Math.max(0, i + 3 - width);
    if (score > best.score) best = { score, start, last: start };
    else if (score === best.score && best.last === start - 1) best.last = start;
  }
  // Of the equally good starts, the last at the start of a word (widening takes back a word it needs).
  const startsWord = (i: number) => i === 0 || (text.charAt(i - 1) === " " && text.charAt(i) !== " ");
  let start = best.start;
  for (let i = best.start; i <= best.last; i++) if (startsWord(i)) start = i;
  return { score: best.score, start, end: Math.min(best.last + width, text.length) };
}

/**
 * Widens a window, by at most half the quote's width on each side, as far as doing so takes in more of
 * the quote's triples: a text that says more than the quote (a word the writer left out) is shown whole.
 */
function widened(text: string, wanted: Map<string, number>, window: Span, width: number): Span {
  const have = triples(text.slice(window.start, window.end));
  // Only a triple inside a word counts: the space between words would otherwise pull in any short one.
  const takes = (t: string) => {
    const had = have.get(t) ?? 0;
    have.set(t, had + 1);
    return had < (wanted.get(t) ?? 0) && !t.includes(" ");
  };
  let { start, end } = window;
  const reach = Math.ceil(width / 2);
  for (let e = window.end; e < Math.min(text.length, window.end + reach); e++)
    if (e - 2 >= window.start && takes(text.slice(e - 2, e + 1))) end = e + 1;
  for (let s = window.start - 1; s >= Math.max(0, window.start - reach); s--)
    if (takes(text.slice(s, s + 3))) start = s;
  return { start, end };
}

const PAIRS = [
  ["(", ")"],
  ["[", "]"],
  ["\u201c", "\u201d"],
] as const;

/**
 * The original's characters for a span: without blanks at its ends, nor a full stop or comma the quote
 * does not end with, in whole words, with its brackets closed.
 */
function passageAt(text: string, { start, end }: Span, sought: string): string {
  const trailing = /[\s.,;:!?]/;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && trailing.test(text.charAt(end - 1)) && !sought.endsWith(text.charAt(end - 1)))
    end -= 1;
  // A word cut by the window's edge is taken whole when the window holds most of it, else left out.
  const inWord = (i: number) => /[\p{L}\p{N}]/u.test(text.charAt(i));
  let wordStart = start;
  while (wordStart > 0 && inWord(wordStart - 1)) wordStart -= 1;
  let wordEnd = start;
  while (wordEnd < end && inWord(wordEnd)) wordEnd += 1;
  start = wordEnd - start >= start - wordStart ? wordStart : wordEnd;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  let lastEnd = end;
  while (lastEnd < text.length && inWord(lastEnd)) lastEnd += 1;
  let lastStart = end;
  while (lastStart > start && inWord(lastStart - 1)) lastStart -= 1;
  end = end - lastStart >= lastEnd - end ? lastEnd : lastStart;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  for (const [open, close] of PAIRS) {
    const passage = text.slice(start, end);
    const unclosed = passage.split(open).length - passage.split(close).length;
    if (unclosed > 0 && text.charAt(end) === close) end += 1;
    if (unclosed < 0 && text.charAt(start - 1) === open) start -= 1;
  }
  return text.slice(start, end);
}

/** The passage of `text` most like `quote`, or undefined when no passage is at least half alike. */
export function closestPassage(text: string, quote: string): string | undefined {
  const seen = asSeen(text);
  const haystack = seen.text.toLowerCase();
  const sought = read(quote).text.trim().toLowerCase();
  const wanted = triples(sought);
  const total = [...wanted.values()].reduce((a, b) => a + b, 0);
  if (total === 0 || haystack.length < 3) return undefined;
  const width = Math.min(sought.length, haystack.length);
  const window = bestWindow(haystack, wanted, width);
  if (window.score / total < SIMILARITY) return undefined;
  const span = widened(haystack, wanted, window, width);
  const start = seen.offsets[span.start] ?? 0;
  return passageAt(text, { start, end: (seen.offsets[span.end - 1] ?? start) + 1 }, sought);
}
