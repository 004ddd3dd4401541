/**
 * A text as a reader sees it: line breaks and runs of spaces read as one space, curly quotes as straight
 * ones, dashes as hyphens, and characters nobody sees (soft hyphens, zero-width spaces) left out. Each of
 * its characters keeps the offset of the character of the original it stands for, so that a match in
 * what is seen is a span of the original.
 */

export interface Seen {
  text: string;
  /** offsets[i] is where text[i] comes from in the original. */
  offsets: number[];
}

const SAME_AS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
};
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/;

export function read(original: string): Seen {
  let text = "";
  const offsets: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const c = original.charAt(i);
    if (INVISIBLE.test(c)) continue;
    if (/\s/.test(c)) {
      if (text.endsWith(" ")) continue;
      text += " ";
    } else text += SAME_AS[c] ?? c;
    offsets.push(i);
  }
  return { text, offsets };
}

let last: { original: string; seen: Seen } | undefined;

/** As `read`, remembering the last text: a caller places many quotes in one text (a seed file, a draft). */
export function asSeen(original: string): Seen {
  if (last?.original !== original) last = { original, seen: read(original) };
  return last.seen;
}
