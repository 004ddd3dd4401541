import type { PrintedDate } from "./datelines.js";
import { slug } from "./ids.js";
import { quoteSpan } from "./quote.js";
import {
  covering,
  mentionsIn,
  placeOf,
  shortNames,
  triggersIn,
  type Trigger,
  type TriggerWord,
} from "./occasions.js";
import type { Mention } from "./recognize.js";
import type {
  DraftDocument,
  EntityProposal,
  Proposal,
  RelationshipProposal,
  Sentence,
  Span,
} from "./types.js";

/**
 * Events an article reports: a visit, a meeting, a signing, an inauguration, a groundbreaking, an
 * exhibition, a forum. A sentence with a trigger word and at least one recognised person or organization
 * proposes an Event, dated by the date the sentence prints (else the publication month, marked as
 * inferred), placed by the place it names after "di"/"ke" (LOCATED_IN), with every person and organization
 * of the sentence as a participant (TOOK_PART_IN). A trigger that refers back ("pertemuan tersebut",
 * "dalam pertemuan itu") or that shares a participant and the date with the event before it is that
 * event again: it adds evidence and participants instead of a second event.
 */

export const EVENT_WORDS: TriggerWord[] = [
  { pattern: /\b(?:penandatanganan|menandatangani|ditandatangani|meneken|diteken)\b/, family: "signing" },
  { pattern: /\b(?:peresmian|meresmikan|diresmikan)\b/, family: "inauguration" },
  { pattern: /\b(?:groundbreaking|peletakan batu pertama)\b/, family: "groundbreaking" },
  { pattern: /\b(?:kunjungan(?: kerja)?|berkunjung|mengunjungi|dikunjungi)\b/, family: "visit" },
  { pattern: /\b(?:pertemuan(?:nya)?|bertemu|rapat(?: koordinasi| kerja)?|temu ramah)\b/, family: "meeting" },
  { pattern: /\b(?:pemantauan|memantau|meninjau|peninjauan)\b/, family: "monitoring visit" },
  { pattern: /\b(?:pameran|ekshibisi|expo)\b/, family: "exhibition" },
  { pattern: /\b(?:forum|konferensi|seminar|lokakarya|workshop|customer gathering)\b/, family: "forum" },
  { pattern: /\b(?:peluncuran|meluncurkan|diluncurkan)\b/, family: "launch" },
  // "Dalam kesempatan yang sama", "kegiatan tersebut": only ever the occasion reported before.
  { pattern: /\b(?:kesempatan|acara|kegiatan)(?=\s+(?:yang sama|tersebut|itu)\b)/, family: "occasion" },
];

/** Occasions of their own even when the sentence refers back ("pada kesempatan yang sama, … menandatangani"). */
const OWN_OCCASION = new Set(["signing", "inauguration", "groundbreaking", "exhibition", "launch"]);

/** How sure each family is: a signing or an inauguration is an event; "memantau" often is not. */
const CONFIDENCE: Record<string, number> = {
  signing: 0.7,
  inauguration: 0.7,
  groundbreaking: 0.75,
  visit: 0.65,
  meeting: 0.6,
  "monitoring visit": 0.45,
  exhibition: 0.6,
  forum: 0.55,
  launch: 0.5,
};

/** Families whose words are also everyday verbs ("memantau harga"): an event only with a date or a place. */
const WEAK = new Set(["monitoring visit", "launch", "forum"]);

/** Dates that say when the article quoted a release, not when something happened ("dikutip Sabtu (28/9)"). */
const QUOTED_ON = /\b(?:dikutip|dilansir|diakses|diunggah|diperbarui)\s*(?:pada\s*)?(?:hari\s*)?$/i;

/** Families that are one occasion when reported with the same people on the same date. */
const SAME_OCCASION = new Set(["visit", "meeting", "monitoring visit"]);

const LABEL: Record<string, string> = {
  signing: "Penandatanganan",
  inauguration: "Peresmian",
  groundbreaking: "Peletakan batu pertama",
  visit: "Kunjungan",
  meeting: "Pertemuan",
  "monitoring visit": "Kunjungan pemantauan",
  exhibition: "Pameran",
  forum: "Forum",
  launch: "Peluncuran",
};

interface EventDate {
  value: string;
  span?: Span;
  inferred?: string;
}

interface Reported {
  id: string;
  family: string;
  date?: string;
  participants: Set<string>;
  placed: boolean;
}

export interface EventContext {
  mentions: readonly Mention[];
  dates: readonly PrintedDate[];
}

/** The date the sentence prints nearest the trigger; else the publication month, as an inference. */
function dateOf(
  doc: DraftDocument,
  dates: readonly PrintedDate[],
  sentence: Sentence,
  t: Trigger,
): EventDate | undefined {
  const inSentence = dates.filter(
    (d) =>
      d.start >= sentence.start &&
      d.end <= sentence.end &&
      !QUOTED_ON.test(doc.text.slice(Math.max(sentence.start, d.start - 30), d.start)),
  );
  const nearest = [...inSentence].sort(
    (a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start),
  )[0];
  if (nearest) {
    const why = nearest.yearFrom
      ? `'${nearest.printed}' prints no year; it is taken from ${nearest.yearFrom}`
      : undefined;
    return { value: nearest.date, span: nearest, ...(why ? { inferred: why } : {}) };
  }
  if (!doc.publishedOn) return undefined;
  const month = doc.publishedOn.slice(0, 7);
  return {
    value: month,
    inferred: `The sentence prints no date; the article of ${doc.publishedOn} reports it, so its month ${month} is assumed`,
  };
}

const list = (names: readonly string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(", ")} dan ${names.at(-1) ?? ""}` : (names[0] ?? "");

function eventName(
  names: ReadonlyMap<string, string>,
  family: string,
  actors: readonly Mention[],
  place?: Mention,
  date?: EventDate,
): string {
  const who = list([...new Set(actors.slice(0, 3).map((m) => names.get(m.id) ?? m.id))]);
  const where = place ? ` di ${names.get(place.id) ?? place.id}` : "";
  return `${LABEL[family] ?? family} ${who}${where}${date ? `, ${date.value}` : ""}`;
}

/** Each participant's quote: its mention with the nearest trigger of the sentence ("Taufiek …, saat berkunjung"). */
function participation(
  event: string,
  rule: string,
  actors: readonly Mention[],
  triggers: readonly Trigger[],
): RelationshipProposal[] {
  const distance = (m: Mention, t: Trigger) => Math.abs(m.span.start - t.start);
  return actors.flatMap((m) => {
    const t = [...triggers].sort((a, b) => distance(m, a) - distance(m, b))[0];
    if (!t) return [];
    const proposal: RelationshipProposal = {
      type: "relationship",
      rule: `${rule}.participant`,
      confidence: m.kind === "Person" ? 0.6 : 0.55,
      span: covering(m.span, t),
      relationship: { type: "TOOK_PART_IN", from: m.id, to: event },
    };
    return [proposal];
  });
}

function located(
  event: string,
  rule: string,
  place: Mention | undefined,
  trigger: Trigger,
): RelationshipProposal[] {
  if (!place) return [];
  return [
    {
      type: "relationship",
      rule: `${rule}.place`,
      confidence: 0.6,
      span: covering(place.span, trigger),
      relationship: { type: "LOCATED_IN", from: event, to: place.id },
    },
  ];
}

/** The event reported before that this trigger is again, if any. */
function sameAs(
  previous: Reported | undefined,
  t: Trigger,
  actors: readonly Mention[],
  date?: EventDate,
): Reported | undefined {
  if (!previous) return undefined;
  if (t.anaphoric) return previous;
  if (!SAME_OCCASION.has(t.family) || !SAME_OCCASION.has(previous.family)) return undefined;
  const shares = actors.some((m) => previous.participants.has(m.id));
  return shares && date?.value === previous.date ? previous : undefined;
}

/** The event's own quote: its trigger with the date, the place and the first participant the sentence gives. */
function evidenceOf(
  entity: EntityProposal["entity"],
  t: Trigger,
  parts: { date?: EventDate; place?: Mention; actor?: Mention },
): EntityProposal {
  const spans = [t, parts.date?.span, parts.place?.span, parts.actor?.span].filter(
    (x): x is Span => x !== undefined,
  );
  return {
    type: "entity",
    rule: `event.${slug(t.family)}`,
    confidence: CONFIDENCE[t.family] ?? 0.5,
    span: covering(...spans),
    ...(parts.date?.inferred ? { note: parts.date.inferred } : {}),
    entity,
  };
}

function eventId(family: string, actors: readonly Mention[], date?: EventDate): string {
  const who = actors.slice(0, 2).map((m) => m.id.split(":")[1] ?? "");
  return `event:${slug(`${LABEL[family] ?? family} ${who.join(" ")} ${date?.value ?? ""}`)}`;
}

interface EventState {
  last?: Reported;
  names: ReadonlyMap<string, string>;
}

/** The trigger a sentence reports its event with: one that refers back when there is an event before. */
function triggerOf(triggers: readonly Trigger[], state: EventState): Trigger | undefined {
  const own = triggers.find((x) => !x.anaphoric && OWN_OCCASION.has(x.family));
  const back = state.last ? triggers.find((x) => x.anaphoric) : undefined;
  return own ?? back ?? triggers.find((x) => !x.anaphoric && x.family !== "occasion");
}

function eventsInSentence(
  doc: DraftDocument,
  ctx: EventContext,
  sentence: Sentence,
  state: EventState,
): Proposal[] {
  const triggers = triggersIn(doc.text, sentence, EVENT_WORDS);
  const t = triggerOf(triggers, state);
  if (!t) return [];
  const actors = mentionsIn(ctx.mentions, sentence, ["Organization", "Person"]);
  const date = dateOf(doc, ctx.dates, sentence, t);
  const place = placeOf(doc, ctx.mentions, sentence);
  const same = t.anaphoric ? state.last : sameAs(state.last, t, actors, date);
  if (!same && (actors.length === 0 || (WEAK.has(t.family) && !date?.span && !place))) return [];
  const rule = `event.${slug(t.family)}`;
  const proposals: Proposal[] = [];
  let reported = same;
  if (!reported) {
    const id = eventId(t.family, actors, date);
    reported = {
      id,
      family: t.family,
      participants: new Set(),
      placed: false,
      ...(date ? { date: date.value } : {}),
    };
    const entity: EntityProposal["entity"] = {
      kind: "Event",
      id,
      name: eventName(state.names, t.family, actors, place, date),
      aliases: [],
      ...(date ? { startDate: date.value } : {}),
      ...(date?.inferred ? { inferred: date.inferred } : {}),
    };
    const proposal = evidenceOf(entity, t, {
      ...(date ? { date } : {}),
      ...(place ? { place } : {}),
      ...(actors[0] ? { actor: actors[0] } : {}),
    });
    // A title repeated as the lead's first line cannot be quoted there: the lead reports the event instead.
    if (!quoteSpan(doc.text, proposal.span)) return [];
    proposals.push(proposal);
  }
  const event = reported;
  const fresh = actors.filter((m) => !event.participants.has(m.id));
  for (const m of actors) event.participants.add(m.id);
  proposals.push(...participation(event.id, rule, fresh, triggers));
  const nearPlace = place
    ? [...triggers].sort((a, b) => Math.abs(place.span.start - a.end) - Math.abs(place.span.start - b.end))[0]
    : undefined;
  if (!event.placed && place) proposals.push(...located(event.id, rule, place, nearPlace ?? t));
  event.placed ||= place !== undefined;
  state.last = event;
  return proposals;
}

/** The article's headline: its first line, a sentence of its own without a full stop. */
function isHeadline(doc: DraftDocument, sentence: Sentence): boolean {
  return (
    sentence.index === 0 && !/[.!?"”]\s*$/.test(sentence.text) && /^\s*\n/.test(doc.text.slice(sentence.end))
  );
}

/** Whether a proposal is one of the given events or a tie of one. */
const concerns = (p: Proposal, events: ReadonlySet<string>): boolean =>
  p.type === "entity"
    ? events.has(p.entity.id)
    : p.type === "relationship" && (events.has(p.relationship.from) || events.has(p.relationship.to));

export function findEvents(doc: DraftDocument, ctx: EventContext): Proposal[] {
  const state: EventState = { names: shortNames(doc.text, ctx.mentions) };
  const bySentence = doc.sentences.map((s) => ({
    headline: isHeadline(doc, s),
    proposals: eventsInSentence(doc, ctx, s, state),
  }));
  // A headline announces the event its body reports ("Groundbreaking Pabrik Katoda di Gresik, …" above
  // "… menghadiri peletakan batu pertama …, Selasa (3/6/2025)"): the body's own report, dated and placed,
  // is the one proposed; the headline's stands only when the body reports no event of its kind.
  // An event's rule names its kind ("event.groundbreaking"): the kinds the body reports.
  const bodyKinds = new Set(
    bySentence
      .filter((s) => !s.headline)
      .flatMap((s) => s.proposals.flatMap((p) => (p.type === "entity" ? [p.rule] : []))),
  );
  const dropped = new Set(
    bySentence
      .filter((s) => s.headline)
      .flatMap((s) => s.proposals)
      .flatMap((p) => (p.type === "entity" && bodyKinds.has(p.rule) ? [p.entity.id] : [])),
  );
  return bySentence.flatMap((s) => s.proposals).filter((p) => !concerns(p, dropped));
}
