import type { EntityKind } from "../model/kinds.js";
import type { Stance } from "../model/statements.js";
import type { PrintedDate } from "./datelines.js";
import type { Mention } from "./recognize.js";
import { sentenceAt } from "./sentences.js";
import type { DraftDocument, Span, StatementProposal } from "./types.js";

/**
 * Who said what. Direct speech: a quotation followed by its attribution ("…," kata Direktur Pelaksana
 * INALUM Oggy Achmad Kosasih; "…," ujarnya, whose speaker is the one named last before), or preceded by
 * it (Menurut Eko, "…"). Reported speech: a person or organization, a speech verb and what they said
 * ("Eko juga menegaskan bahwa proses hilirisasi harus …"; "Menurutnya, kebijakan …"). What a statement is
 * about is what the recognised entities inside its words are: commodities, topics, organizations,
 * regulations, programmes.
 */

/** Speech verbs after a quotation, with their -nya forms ("katanya": the speaker named before). */
const VERBS_AFTER =
  "kata|ujar|ungkap|tutur|jelas|ucap|imbuh|tambah|terang|sebut|papar|tegas|pungkas|lanjut|tandas|kilah|seru|harap";
const QUOTE_THEN_VERB = new RegExp(String.raw`^[,.!?]?\s*["”’]?\s*,?\s*(${VERBS_AFTER})(nya)?\b`, "i");

/** Verbs of reported speech, after their subject. */
const REPORTING =
  /\b(mengatakan|menegaskan|menyampaikan|menjelaskan|mengungkapkan|menyatakan|menuturkan|menambahkan|menekankan|menyoroti|menilai|mengapresiasi|mengakui|mengaku|menyebutkan|memaparkan|mengingatkan|berharap|mendorong|mengusulkan|mengajak)\b(?:\s*,)?(?:\s+bahwa)?\s*/gi;

const QUOTATION = /["“]([^"“”\n]{12,}?)[,.!?]?["”]/g;

/** Kinds that speak; kinds a statement can be about. */
const SPEAKERS: EntityKind[] = ["Person", "Organization"];
const ABOUT: EntityKind[] = [
  "Commodity",
  "Topic",
  "Organization",
  "Regulation",
  "Programme",
  "Agreement",
  "Facility",
  "Place",
];

export interface StatementContext {
  mentions: readonly Mention[];
  /** Regulations and other proposals that are not in the mentions, as mentions. */
  extra: readonly Mention[];
  dates: readonly PrintedDate[];
}

const inside = (m: Mention, s: Span) => m.span.start >= s.start && m.span.end <= s.end;

function speakerIn(mentions: readonly Mention[], span: Span): Mention | undefined {
  const found = mentions.filter((m) => SPEAKERS.includes(m.kind) && inside(m, span));
  return found.find((m) => m.kind === "Person") ?? found[0];
}

/** The person (else organization) named last before `at`, within the previous paragraphs. */
function speakerBefore(text: string, mentions: readonly Mention[], at: number): Mention | undefined {
  const before = mentions.filter(
    (m) => SPEAKERS.includes(m.kind) && m.span.end <= at && at - m.span.end < 2000,
  );
  return before.filter((m) => m.kind === "Person").at(-1) ?? before.at(-1);
}

function about(mentions: readonly Mention[], words: Span, speaker: string): string[] {
  return [
    ...new Set(
      mentions.filter((m) => ABOUT.includes(m.kind) && inside(m, words) && m.id !== speaker).map((m) => m.id),
    ),
  ];
}

function dateNear(dates: readonly PrintedDate[], span: Span): string | undefined {
  return dates.find((d) => d.start >= span.start && d.end <= span.end + 60)?.date;
}

function direct(doc: DraftDocument, ctx: StatementContext, all: readonly Mention[]): StatementProposal[] {
  const found: StatementProposal[] = [];
  for (const q of doc.text.matchAll(QUOTATION)) {
    const start = q.index;
    const end = start + q[0].length;
    const words = { start: start + 1, end: start + 1 + (q[1]?.length ?? 0) };
    const lineEnd = doc.text.indexOf("\n", end);
    const after = doc.text.slice(end - 1, lineEnd < 0 ? doc.text.length : lineEnd);
    const verb = QUOTE_THEN_VERB.exec(after);
    let speaker: Mention | undefined;
    let attribution: Span;
    if (verb) {
      const verbEnd = end - 1 + verb.index + verb[0].length;
      const sentence = sentenceAt(doc.sentences, verbEnd);
      attribution = { start: verbEnd, end: Math.min(sentence?.end ?? verbEnd + 150, verbEnd + 150) };
      speaker = verb[2] ? speakerBefore(doc.text, all, start) : speakerIn(all, attribution);
    } else {
      // Menurut Eko, "…" / Eko mengatakan, "…"
      const lead = doc.text.slice(Math.max(0, start - 120), start);
      if (
        !/(?:menurut\s+[^,]+|\b(?:mengatakan|menegaskan|menyampaikan|menjelaskan|ujar|kata)\b)[,:]?\s*$/i.test(
          lead,
        )
      )
        continue;
      attribution = { start: start - lead.length, end: start };
      speaker = speakerIn(all, attribution) ?? speakerBefore(doc.text, all, start);
    }
    if (!speaker) continue;
    const span = { start, end: Math.max(end, Math.min(attribution.end, speaker.span.end)) };
    found.push({
      type: "statement",
      rule: verb ? (verb[2] ? "statement.quote-verb-nya" : "statement.quote-verb") : "statement.lead-quote",
      confidence: verb && !verb[2] ? 0.85 : 0.7,
      span,
      speaker: speaker.id,
      quote: words,
      form: "direct",
      verb: verb ? `${verb[1] ?? ""}${verb[2] ?? ""}` : "menurut",
      about: about(all, words, speaker.id),
      ...(dateNear(ctx.dates, attribution)
        ? { date: dateNear(ctx.dates, attribution) }
        : doc.publishedOn
          ? { date: doc.publishedOn }
          : {}),
    });
  }
  return found;
}

/** Inside a quotation: reported speech there is the speaker's own words, already a direct statement. */
function quoted(text: string, at: number): boolean {
  for (const q of text.matchAll(QUOTATION)) if (q.index < at && at < q.index + q[0].length) return true;
  return false;
}

function reported(doc: DraftDocument, ctx: StatementContext, all: readonly Mention[]): StatementProposal[] {
  const found: StatementProposal[] = [];
  for (const sentence of doc.sentences) {
    const menurut = /^Menurut(nya|\s+[^,]{2,60}),\s*/.exec(sentence.text);
    const verb = menurut ? undefined : [...sentence.text.matchAll(REPORTING)][0];
    if (!menurut && !verb) continue;
    const wordsStart =
      sentence.start + (menurut ? menurut[0].length : (verb?.index ?? 0) + (verb?.[0].length ?? 0));
    const words = { start: wordsStart, end: sentence.end };
    if (
      words.end - words.start < 20 ||
      quoted(doc.text, wordsStart) ||
      /^["“]/.test(doc.text.slice(wordsStart))
    )
      continue;
    const subject = { start: sentence.start, end: wordsStart };
    const speaker =
      (menurut?.[1] === "nya" || /^(?:Ia|Dia|Beliau)\b/.test(sentence.text)
        ? speakerBefore(doc.text, all, sentence.start)
        : [...all]
            .reverse()
            .find(
              (m) =>
                SPEAKERS.includes(m.kind) &&
                inside(m, subject) &&
                (m.kind === "Person" || !verb || wordsStart - m.span.end < 40),
            )) ?? undefined;
    if (!speaker) continue;
    found.push({
      type: "statement",
      rule: menurut ? "statement.menurut" : "statement.reported",
      confidence: 0.6,
      span: { start: Math.min(speaker.span.start, wordsStart), end: words.end },
      speaker: speaker.id,
      quote: words,
      form: "reported",
      verb: menurut ? "menurut" : (verb?.[1] ?? "").toLowerCase(),
      about: about(all, words, speaker.id),
      ...(doc.publishedOn ? { date: doc.publishedOn } : {}),
    });
  }
  return found;
}

/** The stance a speech verb states, where it states one ("mendorong": urges); most verbs state none. */
const STANCE_OF_VERB: Record<string, Stance> = {
  mendorong: "URGES",
  mengajak: "URGES",
  mengingatkan: "URGES",
  mengusulkan: "PROPOSES",
  mengapresiasi: "SUPPORTS",
};

export function stanceOf(verb: string): Stance | undefined {
  return STANCE_OF_VERB[verb.toLowerCase()];
}

export function findStatements(doc: DraftDocument, ctx: StatementContext): StatementProposal[] {
  const all = [...ctx.mentions, ...ctx.extra].sort((a, b) => a.span.start - b.span.start);
  return [...direct(doc, ctx, all), ...reported(doc, ctx, all)].sort((a, b) => a.quote.start - b.quote.start);
}
