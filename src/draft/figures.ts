import type { EntityKind } from "../model/kinds.js";
import { findAmounts, type Amount } from "./amounts.js";
import { monthNumber } from "./datelines.js";
import { slug } from "./ids.js";
import type { Mention } from "./recognize.js";
import { sentenceAt } from "./sentences.js";
import type { DraftDocument, EntityProposal, Sentence, Span } from "./types.js";

/** The draft's bound words (amounts.ts) as the model's bounds. */
const BOUND_OF: Record<string, "AT_LEAST" | "AT_MOST" | "ABOUT"> = {
  "at least": "AT_LEAST",
  "at most": "AT_MOST",
  about: "ABOUT",
};
/**
 * Figures as Indicator entities: an amount with its unit (src/draft/amounts.ts), what it measures (the
 * word before it: "ekspornya mencapai 13.000 ton", "produksi", "anggaran", "utilitas"), what it is about
 * (the organization or other entity the sentence names nearest it, else the one the previous sentence
 * named: "-nya" refers back), its period ("di 2030", "Juni 2021", "tahun 2023", "bulan Januari" with the
 * year of the sentence or article), and whether it is a target ("akan", "menargetkan", "menyasar",
 * "menjadi … di 2030") or an actual figure. A bound ("lebih dari") goes into the name, which the reviewer
 * sees, and into the figure's `bound`.
 */

/** What a figure measures, by the word before it, with the metric name for each kind of unit. */
const METRICS: [RegExp, string, string?][] = [
  [/\bekspor\w*/i, "export_volume", "export_value"],
  [/\bimpor\w*/i, "import_volume", "import_value"],
  [/\bproduksi\w*|\bmemproduksi|\bmenghasilkan/i, "production", "production_value"],
  [/\bkapasitas\w*/i, "capacity"],
  [/\butilisasi|\butilitas/i, "capacity_utilisation"],
  [/\banggaran\w*|\bdialokasikan|\bbelanja/i, "budget", "budget"],
  [/\binvestasi\w*|\bberinvestasi|\bmenanamkan modal/i, "investment", "investment"],
  [/\bpenjualan\w*/i, "sales", "sales_value"],
  [/\bpendapatan\w*/i, "revenue", "revenue"],
  [/\blaba\b/i, "profit", "profit"],
  [/\bcadangan\w*/i, "reserves"],
  [/\bkonsumsi\w*/i, "consumption"],
  [/\bpermintaan\w*/i, "demand"],
  [/\bserapan tenaga kerja|\bmenyerap\b/i, "employment"],
  [/\bpertumbuhan\w*|\btumbuh\b|\bnaik\b|\bmeningkat\b/i, "growth"],
  [/\bnilai\b|\bsenilai\b/i, "value", "value"],
];

const TARGET_WORDS =
  /\b(?:akan|menargetkan|ditargetkan|target\w*|menyasar|sasaran\w*|direncanakan|rencana\w*|diproyeksikan|proyeksi\w*|berencana|diharapkan)\b/i;
const ACTUAL_WORDS = /\b(?:sudah|telah|mencapai|tercatat|sebesar|berjalan|saat ini|sekarang)\b/i;

/** The kinds a figure may be about (the MEASURES relationship's), most likely first. */
const SUBJECT_KINDS: EntityKind[] = [
  "Organization",
  "Programme",
  "Facility",
  "Agreement",
  "Event",
  "Place",
  "Commodity",
];

interface Period {
  value: string;
  span: Span;
  inferred?: string;
}

const MONTH = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember";
const PERIOD = new RegExp(
  String.raw`\b(?:(?:pada|di|hingga|sampai|untuk|sepanjang|selama)\s+)?(?:(?:bulan\s+)?(${MONTH})(?:\s+((?:19|20)\d\d))?|(?:tahun\s+|semester\s+[I12]+\s+)?((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?)\b`,
  "g",
);

/** The periods a sentence names, with the year of a month given without one (from the sentence or article). */
function periods(sentence: Sentence, publishedOn: string | undefined): Period[] {
  const found: Period[] = [];
  for (const m of sentence.text.matchAll(PERIOD)) {
    const [all, month, monthYear, year, toYear] = m;
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + all.length };
    // A bare year needs a word before it ("di 2030", "tahun 2023"): "2030" alone may be a number.
    if (year && !/^\D/.test(all) && !toYear) continue;
    if (year) found.push({ value: toYear ? `${year}-${toYear}` : year, span });
    else if (month) {
      const mm = String(monthNumber(month) ?? 1).padStart(2, "0");
      if (monthYear) found.push({ value: `${monthYear}-${mm}`, span });
      else {
        const sameSentence = /\b((?:19|20)\d\d)\b/.exec(sentence.text)?.[1];
        const y = sameSentence ?? publishedOn?.slice(0, 4);
        if (y)
          found.push({
            value: `${y}-${mm}`,
            span,
            inferred: `The text says only '${all.trim()}'; the year ${y} is the ${sameSentence ? "sentence's" : "article's"}`,
          });
      }
    }
  }
  return found;
}

/** Text between the end of `a` and the start of `b` (or b..a), for "nothing else in between" checks. */
const between = (text: string, a: Span, b: Span) =>
  a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);

function nearestPeriod(
  doc: DraftDocument,
  sentence: Sentence,
  amount: Amount,
  others: readonly Amount[],
): Period | undefined {
  const crossesFigure = (p: Period) =>
    others.some(
      (o) =>
        o !== amount &&
        o.start >= Math.min(p.span.start, amount.start) &&
        o.end <= Math.max(p.span.end, amount.end),
    );
  const candidates = periods(sentence, doc.publishedOn).filter(
    (p) => !crossesFigure(p) && (p.span.end <= amount.start || p.span.start >= amount.end),
  );
  return candidates.sort(
    (a, b) => between(doc.text, a.span, amount).length - between(doc.text, b.span, amount).length,
  )[0];
}

/** Metrics that only say a number changed or was worth something: chosen when nothing more precise is there. */
const GENERIC = new Set(["value", "growth"]);

function metricOf(clause: string, amount: Amount): { metric: string; at: number } | undefined {
  let best: { metric: string; at: number; generic: boolean } | undefined;
  for (const [pattern, volume, money] of METRICS) {
    const last = [...clause.matchAll(new RegExp(pattern.source, "gi"))].at(-1);
    if (!last) continue;
    const metric = amount.dimension === "currency" ? (money ?? volume) : volume;
    // Growth is a rate: "meningkat … 2000 ton" says what grew, not that 2000 tonnes is a growth.
    if (metric === "growth" && amount.dimension !== "percent") continue;
    const generic = GENERIC.has(metric);
    if (!best || (best.generic && !generic) || (best.generic === generic && last.index > best.at))
      best = { metric, at: last.index, generic };
  }
  return best && { metric: best.metric, at: best.at };
}

/** The entity a figure is about: nearest in its sentence (before it first), else the previous sentence's. */
function subjectOf(
  doc: DraftDocument,
  sentence: Sentence,
  amount: Amount,
  mentions: readonly Mention[],
): { mention: Mention; note?: string } | undefined {
  const usable = (m: Mention) => SUBJECT_KINDS.includes(m.kind);
  const rank = (m: Mention) => SUBJECT_KINDS.indexOf(m.kind);
  const inSentence = mentions.filter(
    (m) => usable(m) && m.span.start >= sentence.start && m.span.end <= sentence.end,
  );
  const distance = (m: Mention) =>
    between(doc.text, m.span, amount).length + (m.span.start > amount.start ? 1000 : 0);
  const best = [...inSentence].sort((a, b) => rank(a) - rank(b) || distance(a) - distance(b))[0];
  // A commodity names what is counted ("produksi aluminium Inalum"): the organization beside it is the subject.
  if (best && best.kind !== "Commodity") return { mention: best };
  const earlier = mentions
    .filter((m) => usable(m) && m.kind === "Organization" && m.span.end <= sentence.start)
    .at(-1);
  if (earlier)
    return {
      mention: earlier,
      note: `The subject is taken from an earlier sentence ('${doc.text.slice(earlier.span.start, earlier.span.end)}')`,
    };
  return best ? { mention: best } : undefined;
}

function basisOf(
  clause: string,
  sentence: string,
  amount: Amount,
  period: Period | undefined,
): "ACTUAL" | "TARGET" {
  // "dari 250 ribu ton per tahun menjadi 1 juta ton per tahun di 2030": the first is today's, the second the aim.
  if (/\bdari\s*$/.test(clause)) return "ACTUAL";
  if (/\b(?:menjadi|hingga|sampai)\s*$/.test(clause) && TARGET_WORDS.test(sentence)) return "TARGET";
  const year = period ? Number(period.value.slice(0, 4)) : undefined;
  if (TARGET_WORDS.test(clause)) return "TARGET";
  if (ACTUAL_WORDS.test(clause)) return "ACTUAL";
  return year !== undefined && TARGET_WORDS.test(sentence) ? "TARGET" : "ACTUAL";
}

const METRIC_WORDS: Record<string, string> = {
  export_volume: "exports",
  export_value: "export value",
  import_volume: "imports",
  import_value: "import value",
  production: "production",
  production_value: "production value",
  capacity: "capacity",
  capacity_utilisation: "capacity utilisation",
  budget: "budget",
  investment: "investment",
  sales: "sales",
  sales_value: "sales",
  revenue: "revenue",
  profit: "profit",
  reserves: "reserves",
  consumption: "consumption",
  demand: "demand",
  employment: "employment",
  growth: "growth",
  value: "value",
};

export interface FigureContext {
  mentions: readonly Mention[];
  /** The name of an entity of the draft or the graph, for the figure's name. */
  nameOf: (id: string) => string;
}

export function findFigures(doc: DraftDocument, ctx: FigureContext): EntityProposal[] {
  const amounts = findAmounts(doc.text);
  const proposals: EntityProposal[] = [];
  const seen = new Set<string>();
  for (const amount of amounts) {
    const sentence = sentenceAt(doc.sentences, amount.start);
    if (!sentence || amount.end > sentence.end) continue;
    const previous = amounts.filter((a) => a.end <= amount.start && a.start >= sentence.start).at(-1);
    const clauseStart = previous?.end ?? sentence.start;
    const clause = doc.text.slice(clauseStart, amount.start);
    // "dari 250 ribu ton per tahun menjadi 1 juta ton": the second figure measures what the first did.
    const inClause = metricOf(clause, amount);
    const inSentence = inClause ? undefined : metricOf(doc.text.slice(sentence.start, amount.start), amount);
    const metric =
      inClause ??
      (inSentence && { metric: inSentence.metric, at: inSentence.at - (clauseStart - sentence.start) }) ??
      (amount.dimension === "count"
        ? { metric: `number_of_${slug(amount.unit).replace(/-/g, "_")}`, at: -1 }
        : undefined);
    if (!metric) continue; // "100 persen" of what? A reviewer would have to guess too.
    const subject = subjectOf(doc, sentence, amount, ctx.mentions);
    if (!subject) continue;
    const period = nearestPeriod(doc, sentence, amount, amounts);
    const basis = basisOf(clause, sentence.text, amount, period);
    const subjectName = ctx.nameOf(subject.mention.id);
    const words = METRIC_WORDS[metric.metric] ?? metric.metric.replace(/^number_of_/, "").replace(/_/g, " ");
    const bound = amount.bound ? `${amount.bound} ` : "";
    const name = `${subjectName} ${words}${basis === "TARGET" ? " target" : ""}${period ? `, ${period.value}` : ""}: ${bound}${amount.printed}`;
    const key = `${subject.mention.id}|${amount.value}|${amount.unit}|${period?.value ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const start = metric.at >= 0 ? clauseStart + metric.at : amount.start;
    // The quote states the figure with what it measures and its period, on whichever side they are.
    const end = Math.max(amount.end, period?.span.end ?? 0);
    const notes = [subject.note, period?.inferred].filter((n): n is string => n !== undefined);
    proposals.push({
      type: "entity",
      rule:
        amount.dimension === "count"
          ? "figure.count"
          : amount.dimension === "currency"
            ? "figure.money"
            : "figure.quantity",
      confidence: metric.at >= 0 ? 0.75 : 0.6,
      span: { start: Math.min(start, amount.start, period?.span.start ?? amount.start), end },
      ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
      entity: {
        kind: "Indicator",
        id: `indicator:${slug(`${subject.mention.id.split(":")[1] ?? ""} ${metric.metric} ${period?.value ?? amount.value}`)}`,
        name,
        aliases: [amount.printed],
        ...(amount.bound ? { bound: BOUND_OF[amount.bound] } : {}),
        subject: subject.mention.id,
        metric: metric.metric,
        value: amount.value,
        unit: amount.unit,
        ...(period ? { period: period.value } : {}),
        basis,
        ...(period?.inferred ? { inferred: period.inferred } : {}),
      },
    });
  }
  return proposals;
}
