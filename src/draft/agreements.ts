import type { AGREEMENT_STATUSES } from "../model/format.js";
import { slug } from "./ids.js";
import { quoteSpan } from "./quote.js";
import { covering, mentionsIn, printed, triggersIn, type Trigger, type TriggerWord } from "./occasions.js";
import type { Mention } from "./recognize.js";
import type { DraftDocument, EntityProposal, Proposal, RelationshipProposal, Sentence } from "./types.js";

/**
 * Agreements an article reports: a cooperation (kerja sama, kolaborasi), a memorandum of understanding
 * (nota kesepahaman, MoU), a contract or an agreement (perjanjian, kesepakatan). A sentence with a trigger
 * and at least one recognised organization proposes an Agreement whose parties (PARTY_TO) are the
 * organizations the sentence names, whose status comes from the verbs around it (menandatangani: SIGNED;
 * menjajaki, membahas: EXPLORED; mengusulkan, akan, berharap: PROPOSED), and which covers (COVERS) the
 * commodities and topics named after the trigger. A trigger that refers back ("kerja sama ini", "kolaborasi
 * tersebut") is the agreement before it: it adds parties, not a second agreement. A country is not a party
 * (the model's parties are organizations and people): "kerja sama dengan China" names only the Indonesian
 * side, and the reviewer adds the Chinese body.
 */

export const AGREEMENT_WORDS: TriggerWord[] = [
  { pattern: /\b(?:nota kesepahaman|memorandum of understanding|MoU|memorandum)\b/, family: "mou" },
  { pattern: /\b(?:perjanjian|kesepakatan|kontrak)\b/, family: "contract" },
  { pattern: /\b(?:bekerja\s?sama|kerja\s?sama|kolaborasi)\b/, family: "cooperation" },
];

type Status = (typeof AGREEMENT_STATUSES)[number];

const STATUS_WORDS: [RegExp, Status][] = [
  [
    /\b(?:menandatangani|ditandatangani|penandatanganan|meneken|diteken|menyepakati|disepakati|sepakat)\b/i,
    "SIGNED",
  ],
  [/\b(?:berlaku|dilaksanakan|berjalan)\b/i, "IN_FORCE"],
  [/\b(?:menjajaki|penjajakan|dijajaki|membahas|dibahas|pembahasan)\b/i, "EXPLORED"],
];

/** How the name of an agreement ends: at a clause boundary, after at most this many words. */
const NAME_WORDS = 12;

function statusOf(sentence: string): Status {
  return STATUS_WORDS.find(([pattern]) => pattern.test(sentence))?.[1] ?? "PROPOSED";
}

/** The trigger and what follows it up to the clause's end: "kerja sama strategis dengan China dalam …". */
function phraseOf(doc: DraftDocument, sentence: Sentence, t: Trigger): string {
  const rest = doc.text.slice(t.start, sentence.end).split(/[,;:.!?"“”()]/)[0] ?? t.printed;
  const words = rest.replace(/\s+/g, " ").trim().split(" ").slice(0, NAME_WORDS).join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The trigger with the word before it, the verb that says what happens to it ("menjajaki kerja sama"). */
function wordBefore(text: string, sentence: Sentence, t: Trigger): Trigger {
  const before = text.slice(sentence.start, t.start).match(/(\S+)\s+$/);
  return before ? { ...t, start: t.start - before[0].length } : t;
}

interface Reported {
  id: string;
  parties: Set<string>;
}

export interface AgreementContext {
  mentions: readonly Mention[];
}

function partyOf(doc: DraftDocument, id: string, rule: string, m: Mention, t: Trigger): RelationshipProposal {
  return {
    type: "relationship",
    rule: `${rule}.party`,
    confidence: 0.55,
    span: covering(m.span, t),
    relationship: {
      type: "PARTY_TO",
      from: m.id,
      to: id,
      ...(doc.publishedOn ? { observedOn: doc.publishedOn } : {}),
    },
  };
}

function covers(id: string, rule: string, terms: readonly Mention[], t: Trigger): RelationshipProposal[] {
  return terms.map((m) => ({
    type: "relationship",
    rule: `${rule}.covers`,
    confidence: 0.5,
    span: covering(m.span, t),
    relationship: { type: "COVERS", from: id, to: m.id },
  }));
}

function agreementInSentence(
  doc: DraftDocument,
  ctx: AgreementContext,
  sentence: Sentence,
  state: { last?: Reported },
): Proposal[] {
  const triggers = triggersIn(doc.text, sentence, AGREEMENT_WORDS);
  const t = triggers.find((x) => !x.anaphoric) ?? triggers[0];
  if (!t) return [];
  const parties = mentionsIn(ctx.mentions, sentence, ["Organization"]);
  const rule = `agreement.${t.family}`;
  const earlier = t.anaphoric ? state.last : undefined;
  if (earlier) {
    const fresh = parties.filter((m) => !earlier.parties.has(m.id));
    for (const m of fresh) earlier.parties.add(m.id);
    return fresh.map((m) => partyOf(doc, earlier.id, rule, m, t));
  }
  if (parties.length === 0) return [];
  const said = phraseOf(doc, sentence, t);
  // "Kerja sama itu penting": a bare trigger names nothing; the parties tell one such agreement from another.
  const phrase =
    said.split(" ").length >= 3
      ? said
      : `${said} ${parties.map((m) => printed(doc.text, m.span)).join(" dan ")}`;
  const year = doc.publishedOn?.slice(0, 4) ?? "";
  const who = parties.slice(0, 2).map((m) => m.id.split(":")[1] ?? "");
  const id = `agreement:${slug(`${who.join(" ")} ${phrase.split(" ").slice(0, 6).join(" ")} ${year}`)}`;
  const status = statusOf(doc.text.slice(sentence.start, sentence.end));
  const entity: EntityProposal = {
    type: "entity",
    rule,
    confidence: t.family === "cooperation" ? 0.5 : 0.65,
    span: covering(wordBefore(doc.text, sentence, t), ...parties.map((m) => m.span)),
    note: `Status ${status} from the verbs of the sentence; the parties are the organizations it names (${parties.map((m) => printed(doc.text, m.span)).join(", ")})`,
    entity: { kind: "Agreement", id, name: phrase, aliases: [], status },
  };
  // A title repeated as the lead's first line cannot be quoted there: the lead states the agreement instead.
  if (!quoteSpan(doc.text, entity.span)) return [];
  state.last = { id, parties: new Set(parties.map((m) => m.id)) };
  const terms = mentionsIn(ctx.mentions, { start: t.end, end: sentence.end }, ["Commodity", "Topic"]);
  return [entity, ...parties.map((m) => partyOf(doc, id, rule, m, t)), ...covers(id, rule, terms, t)];
}

export function findAgreements(doc: DraftDocument, ctx: AgreementContext): Proposal[] {
  const state: { last?: Reported } = {};
  return doc.sentences.flatMap((s) => agreementInSentence(doc, ctx, s, state));
}
