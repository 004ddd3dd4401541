import { slugify } from "../model/ids.js";
import type { Token } from "../lexicon/phrases.js";
import type { EntityCandidate } from "./candidates.js";
import { readName, readNameBefore } from "./names.js";

/**
 * People by what news says they do: speak. A capitalised name right after a speech verb ("kata Mahyudin",
 * "ujar Orias", "diungkapkan Oggy") or right before one ("Irwansyah mengatakan", "Mahyudin Ende,
 * mengatakan"). A name of one word is often a first name of someone the article named in full;
 * recognize() resolves it to that person.
 */

/** Verbs that come before the speaker: "…," kata Budi. */
export const SPEECH_VERBS_BEFORE = new Set(
  `kata ujar ungkap tutur jelas ucap imbuh tambah terang sebut papar tegas pungkas lanjut katanya
  diungkapkan disampaikan dikatakan dijelaskan ditegaskan dinyatakan`.split(/\s+/),
);

/** Verbs that come after the speaker: Budi mengatakan … */
export const SPEECH_VERBS_AFTER = new Set(
  `mengatakan menegaskan menyampaikan menjelaskan mengungkapkan menyatakan menuturkan menambahkan menekankan
  mengaku menilai menyebutkan menyebut memaparkan mengingatkan berharap optimistis`.split(/\s+/),
);

function candidate(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  verb: Token,
): EntityCandidate {
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to - 1]?.end ?? start;
  const name = text.slice(start, end).replace(/\s+/g, " ");
  const single = to - from === 1;
  return {
    span: { start, end },
    statedBy: { start: Math.min(start, verb.start), end: Math.max(end, verb.end) },
    rule: single ? "person.speech-verb-one-name" : "person.speech-verb",
    confidence: single ? 0.5 : 0.75,
    entity: { kind: "Person", id: `person:${slugify(name)}`, name, aliases: [] },
  };
}

/** Speakers named beside speech verbs; `taken(i)` says token i is part of a mention found already. */
export function findSpeakers(
  text: string,
  tokens: readonly Token[],
  taken: (i: number) => boolean,
): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  tokens.forEach((verb, i) => {
    const word = verb.text.toLowerCase();
    if (SPEECH_VERBS_BEFORE.has(word)) {
      let k = i + 1;
      if (tokens[k]?.text === "oleh") k++;
      const name = tokens[k]?.gap === " " ? readName(tokens, k, 4) : undefined;
      if (name && !taken(name.from)) out.push(candidate(text, tokens, name.from, name.to, verb));
    }
    if (SPEECH_VERBS_AFTER.has(word) && /^\.?,?\s$/.test(verb.gap)) {
      const name = readNameBefore(tokens, i, 4);
      if (name && !taken(name.from)) out.push(candidate(text, tokens, name.from, name.to, verb));
    }
  });
  return out;
}
