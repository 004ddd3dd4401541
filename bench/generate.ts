/**
 * A synthetic graph in the project's model, for benchmarks: organizations in ministries, people holding
 * positions, agreements and their parties, commodities, events, places and indicators, every fact with
 * an evidence quote in a synthetic source. Degrees follow a Zipf law (a few hubs, a long tail), as in the
 * real graph, where Kemenperin touches most facts. Deterministic for a given scale.
 */
import type { Graph } from "../src/graph/driver.js";
import { writeChanges } from "../src/graph/write.js";
import type { GraphChanges } from "../src/model/records.js";
import { evidenceId, relationshipId } from "../src/model/ids.js";
import type { EntityRecord, EvidenceRecord, RelationshipRecord, SourceRecord } from "../src/model/records.js";

/** Mulberry32: a small seeded PRNG, so every run at a scale builds the same graph. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  "ka",
  "ri",
  "ma",
  "to",
  "su",
  "la",
  "ne",
  "bi",
  "ra",
  "wa",
  "ji",
  "pu",
  "de",
  "go",
  "sa",
  "ni",
];
const WORDS = [
  "Industri",
  "Logam",
  "Energi",
  "Mineral",
  "Baja",
  "Nikel",
  "Hijau",
  "Nusantara",
  "Teknologi",
  "Pangan",
];

export const SHARES = {
  Organization: 0.2,
  Person: 0.2,
  Commodity: 0.01,
  Topic: 0.02,
  Programme: 0.03,
  Agreement: 0.15,
  Place: 0.04,
  Event: 0.15,
  Indicator: 0.2,
} as const;

type Kind = keyof typeof SHARES;

export function countsFor(scale: number): Record<Kind, number> {
  return Object.fromEntries(
    Object.entries(SHARES).map(([k, share]) => [k, Math.max(20, Math.round(scale * share))]),
  ) as Record<Kind, number>;
}

const PREFIX: Record<Kind, string> = {
  Organization: "org",
  Person: "person",
  Commodity: "commodity",
  Topic: "topic",
  Programme: "programme",
  Agreement: "agreement",
  Place: "place",
  Event: "event",
  Indicator: "indicator",
};

export function benchId(kind: Kind, i: number): string {
  return `${PREFIX[kind]}:bench-${i}`;
}

/** The random choices of one generated graph, drawn from one seeded stream in a fixed order. */
interface Draws {
  pick(n: number): number;
  /** Zipf-like: index 0 most often, long tail. */
  zipf(n: number): number;
  name(): string;
  date(): string;
}

function drawsFor(scale: number): Draws {
  const random = prng(scale);
  const pick = (n: number) => Math.floor(random() * n);
  return {
    pick,
    zipf: (n) => Math.min(n - 1, Math.floor(n * random() ** 3)),
    name: () => {
      const syllables = Array.from({ length: 2 + pick(3) }, () => SYLLABLES[pick(SYLLABLES.length)]).join("");
      return `${WORDS[pick(WORDS.length)]} ${syllables.charAt(0).toUpperCase()}${syllables.slice(1)}`;
    },
    date: () =>
      `${2015 + pick(11)}-${String(1 + pick(12)).padStart(2, "0")}-${String(1 + pick(28)).padStart(2, "0")}`,
  };
}

/** One synthetic source: its entities and ties, each stated by a sentence of its own. */
class Batch {
  readonly entities: EntityRecord[] = [];
  readonly relationships: RelationshipRecord[] = [];
  private readonly sentences: string[] = [];
  private readonly quotes: { about: string; sentence: string }[] = [];

  constructor(private readonly sourceNo: number) {}

  say(about: string, sentence: string): void {
    this.quotes.push({ about, sentence });
    this.sentences.push(sentence);
  }

  get sentenceCount(): number {
    return this.sentences.length;
  }

  tie(
    type: RelationshipRecord["type"],
    from: string,
    to: string,
    props: Partial<RelationshipRecord> = {},
  ): void {
    const id = relationshipId({ type, from, to, key: props.id });
    if (this.relationships.some((r) => r.id === id)) return;
    this.relationships.push({ ...props, type, from, to, id, sourceIds: [] });
    this.say(id, `Fakta ${this.sentences.length}: ${from} ${type} ${to}.`);
  }

  /** The source, and the evidence of every sentence at its offsets in the source text. */
  changes(): GraphChanges {
    const sourceId = `source:bench-${this.sourceNo}`;
    const text = this.sentences.join("\n");
    let cursor = 0;
    const evidence: EvidenceRecord[] = this.quotes.map(({ about, sentence }) => {
      const start = text.indexOf(sentence, cursor);
      cursor = start + sentence.length;
      return {
        id: evidenceId(about, sourceId, { start, end: cursor }),
        about,
        sourceId,
        quote: sentence,
        start,
        end: cursor,
      };
    });
    const source: SourceRecord = {
      id: sourceId,
      textFile: "bench.txt",
      publisher: "Synthetic",
      title: `Synthetic source ${this.sourceNo}`,
      language: "id",
      text,
    };
    return {
      sources: [source],
      entities: this.entities,
      relationships: this.relationships,
      evidence,
      statements: [],
    };
  }
}

type Base = Pick<EntityRecord, "id" | "name" | "aliases" | "description" | "evidence" | "sourceIds">;

interface Maker {
  batch: Batch;
  base: Base;
  i: number;
  counts: Record<Kind, number>;
  draws: Draws;
  /** An organization, hubs most often. */
  org: () => string;
}

/** How each kind is made: the entity and the ties it brings. */
const MAKE: Record<Kind, (m: Maker) => void> = {
  Organization: ({ batch, base, i, counts, draws }) => {
    const ministries = Math.max(5, counts.Organization * 0.02);
    const ministry = i < ministries;
    const unit = !ministry && i % 3 === 0;
    batch.entities.push({
      ...base,
      kind: "Organization",
      type: ministry ? "MINISTRY" : unit ? "DIRECTORATE_GENERAL" : "COMPANY",
      country: "ID",
    });
    if (unit)
      batch.tie(
        "UNIT_OF",
        base.id,
        benchId("Organization", draws.pick(Math.max(5, Math.floor(counts.Organization * 0.02)))),
      );
  },
  Person: ({ batch, base, draws, org }) => {
    batch.entities.push({ ...base, kind: "Person" });
    batch.tie("HOLDS_POSITION", base.id, org(), {
      title: "Direktur Jenderal",
      titleEn: "Director General",
      observedOn: draws.date(),
    });
  },
  Commodity: ({ batch, base }) => {
    batch.entities.push({ ...base, kind: "Commodity", category: "MINERAL" });
  },
  Topic: ({ batch, base }) => {
    batch.entities.push({ ...base, kind: "Topic" });
  },
  Programme: ({ batch, base, draws, org }) => {
    batch.entities.push({
      ...base,
      kind: "Programme",
      startYear: 2015 + draws.pick(8),
      endYear: 2024 + draws.pick(4),
    });
    batch.tie("PARTY_TO", org(), base.id, { role: "member" });
  },
  Agreement: ({ batch, base, counts, draws, org }) => {
    const status = (["EXPLORED", "PROPOSED", "SIGNED", "IN_FORCE"] as const)[draws.pick(4)] ?? "SIGNED";
    batch.entities.push({ ...base, kind: "Agreement", status });
    for (let p = 0; p < 2 + draws.pick(2); p++) batch.tie("PARTY_TO", org(), base.id, { role: "party" });
    batch.tie("COVERS", base.id, benchId("Commodity", draws.zipf(counts.Commodity)));
  },
  Place: ({ batch, base }) => {
    batch.entities.push({ ...base, kind: "Place", type: "CITY", country: "ID" });
  },
  Event: ({ batch, base, counts, draws, org }) => {
    batch.entities.push({ ...base, kind: "Event", startDate: draws.date() });
    batch.tie("TOOK_PART_IN", org(), base.id, { role: "host" });
    batch.tie("TOOK_PART_IN", benchId("Person", draws.zipf(counts.Person)), base.id, { role: "speaker" });
    batch.tie("LOCATED_IN", base.id, benchId("Place", draws.zipf(counts.Place)));
  },
  Indicator: ({ batch, base, draws, org }) => {
    const subject = org();
    batch.entities.push({
      ...base,
      kind: "Indicator",
      subject,
      metric: "production",
      value: draws.pick(1_000_000),
      unit: "tonnes",
      period: String(2015 + draws.pick(11)),
      basis: "ACTUAL",
    });
    batch.tie("MEASURES", base.id, subject);
  },
};

function buildBatch(
  sourceNo: number,
  plan: { kind: Kind; i: number }[],
  counts: Record<Kind, number>,
  draws: Draws,
): Batch {
  const batch = new Batch(sourceNo);
  for (const { kind, i } of plan) {
    const id = benchId(kind, i);
    const name = `${draws.name()} ${i}`;
    const base: Base = {
      id,
      name,
      aliases: [`${kind.slice(0, 3).toUpperCase()}-${i}`],
      description: `Synthetic ${kind.toLowerCase()} ${i}.`,
      evidence: [],
      sourceIds: [],
    };
    MAKE[kind]({
      batch,
      base,
      i,
      counts,
      draws,
      org: () => benchId("Organization", draws.zipf(counts.Organization)),
    });
    batch.say(id, `Entitas ${batch.sentenceCount}: ${name} (${id}).`);
  }
  return batch;
}

/** Writes the graph in batches of `batch` entities (each with its ties and quotes), one transaction each. */
export async function generate(
  graph: Graph,
  scale: number,
  progress: (done: number, total: number) => void,
  batch = 2000,
): Promise<void> {
  const draws = drawsFor(scale);
  const counts = countsFor(scale);
  const plan: { kind: Kind; i: number }[] = [];
  for (const kind of Object.keys(counts) as Kind[])
    for (let i = 0; i < counts[kind]; i++) plan.push({ kind, i });
  const total = plan.length;

  for (let offset = 0, sourceNo = 0; offset < total; offset += batch, sourceNo++) {
    const changes = buildBatch(sourceNo, plan.slice(offset, offset + batch), counts, draws).changes();
    await graph.writeTransaction(async (tx) => {
      // Ties may point at entities of later batches: those endpoints start as bare nodes that MERGE fills later.
      await tx.run(
        "UNWIND $ids AS id MERGE (n:Entity {id: id}) ON CREATE SET n.name = id, n.aliases = [], n.kind = 'Topic'",
        { ids: [...new Set(changes.relationships.flatMap((r) => [r.from, r.to]))] },
      );
      await writeChanges(tx, changes);
    });
    progress(Math.min(offset + batch, total), total);
  }
}
