import type { EntityKind } from "../model/kinds.js";
import type { Mention } from "./recognize.js";
import type { DraftDocument, Sentence, Span } from "./types.js";

/**
 * What the event and agreement rules share: trigger words found sentence by sentence, whether a trigger
 * refers back to one already reported ("pertemuan tersebut", "kerja sama ini"), and the recognised actors
 * and places a sentence names.
 */

export interface Trigger extends Span {
  /** The trigger as the text writes it ("kunjungan", "menandatangani"). */
  printed: string;
  /** Its family, e.g. "visit", "meeting", "signing"; or "mou", "contract" for agreements. */
  family: string;
  /** Followed by "ini", "itu", "tersebut" (or "yang sama"): the occasion the article reported before. */
  anaphoric: boolean;
}

export interface TriggerWord {
  pattern: RegExp;
  family: string;
}

const ANAPHORA = /^(?:-?nya)?\s+(?:ini|itu|tersebut|yang sama)\b/i;

/** Every trigger of `words` in the sentence, in text order, overlapping ones dropped (first pattern wins). */
export function triggersIn(text: string, sentence: Sentence, words: readonly TriggerWord[]): Trigger[] {
  const found: Trigger[] = [];
  const body = text.slice(sentence.start, sentence.end);
  for (const { pattern, family } of words) {
    for (const m of body.matchAll(new RegExp(pattern.source, "giu"))) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (found.some((t) => t.start < end && start < t.end)) continue;
      const anaphoric = ANAPHORA.test(text.slice(end, end + 20));
      found.push({ start, end, printed: m[0], family, anaphoric });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export const insideSpan = (m: { span: Span }, s: Span) => m.span.start >= s.start && m.span.end <= s.end;

/** The recognised mentions of these kinds inside a span, one per id (its first), in text order. */
export function mentionsIn(
  mentions: readonly Mention[],
  span: Span,
  kinds: readonly EntityKind[],
): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    if (!kinds.includes(m.kind) || !insideSpan(m, span) || seen.has(m.id)) return false;
    seen.add(m.id);
    return true;
  });
}

/**
 * Where the sentence says something happened: the first recognised place after "di" or "ke" ("di Jakarta",
 * "ke PT AM/NS Indonesia di Kawasan MM2100, Cibitung"), at most a few words after the preposition.
 */
export function placeOf(
  doc: DraftDocument,
  mentions: readonly Mention[],
  sentence: Span,
): Mention | undefined {
  return mentionsIn(mentions, sentence, ["Place"]).find((m) => {
    const before = doc.text.slice(Math.max(sentence.start, m.span.start - 40), m.span.start);
    return /\b(?:di|ke)\s+(?:[^\s.;]+\s+){0,3}$/i.test(before) || /\bdi\s+[^.;]{0,30},\s*$/i.test(before);
  });
}

/** The span from the first to the last of some spans. */
export function covering(...spans: Span[]): Span {
  return {
    start: Math.min(...spans.map((s) => s.start)),
    end: Math.max(...spans.map((s) => s.end)),
  };
}

/**
 * The shortest way the article writes each entity ("ILMATE" rather than its full name), for the names of
 * what the rules propose.
 */
export function shortNames(text: string, mentions: readonly Mention[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of mentions) {
    const written = printed(text, m.span);
    const before = names.get(m.id);
    if (written.length >= 2 && (!before || written.length < before.length)) names.set(m.id, written);
  }
  return names;
}

/** The text as written, spaces and line breaks collapsed, for names. */
export const printed = (text: string, span: Span) => text.slice(span.start, span.end).replace(/\s+/g, " ");
