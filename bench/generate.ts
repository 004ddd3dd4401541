/**
 * A synthetic graph in the project's model, for benchmarks: organizations in ministries, people holding
 * positions, agreements and their parties, commodities, events, places and indicators, every fact with
 * an evidence quote in a synthetic source. Degrees follow a Zipf law (a few hubs, a long tail), as in the
 * real graph, where Kemenperin touches most facts. Deterministic for a given scale.
 */
import type { Graph } from "../src/graph/driver.js";
import { writeChanges, type GraphChanges } from "../src/graph/write.js";
import {
  evidenceId,
  relationshipId,
  type EntityRecord,
  type EvidenceRecord,
  type RelationshipRecord,
  type SourceRecord,
} from "../src/seed/compile.js";

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

/** Writes the graph in batches of `batch` entities (each with its ties and quotes), one transaction each. */
export async function generate(
  graph: Graph,
  scale: number,
  progress: (done: number, total: number) => void,
  batch = 2000,
): Promise<void> {
  const random = prng(scale);
  const counts = countsFor(scale);
  const pick = (n: number) => Math.floor(random() * n);
  /** Zipf-like: index 0 most often, long tail. */
  const zipf = (n: number) => Math.min(n - 1, Math.floor(n * random() ** 3));
  const name = () => {
    const syllables = Array.from({ length: 2 + pick(3) }, () => SYLLABLES[pick(SYLLABLES.length)]).join("");
    return `${WORDS[pick(WORDS.length)]} ${syllables.charAt(0).toUpperCase()}${syllables.slice(1)}`;
  };
  const date = () =>
    `${2015 + pick(11)}-${String(1 + pick(12)).padStart(2, "0")}-${String(1 + pick(28)).padStart(2, "0")}`;

  const plan: { kind: Kind; i: number }[] = [];
  for (const kind of Object.keys(counts) as Kind[])
    for (let i = 0; i < counts[kind]; i++) plan.push({ kind, i });
  const total = plan.length;

  for (let offset = 0, sourceNo = 0; offset < total; offset += batch, sourceNo++) {
    const sentences: string[] = [];
    const sourceId = `source:bench-${sourceNo}`;
    const entities: EntityRecord[] = [];
    const relationships: RelationshipRecord[] = [];
    const quotes: { about: string; sentence: string }[] = [];
    const say = (about: string, sentence: string) => {
      quotes.push({ about, sentence });
      sentences.push(sentence);
    };
    const tie = (
      type: RelationshipRecord["type"],
      from: string,
      to: string,
      props: Partial<RelationshipRecord> = {},
    ) => {
      const id = relationshipId({ type, from, to, key: props.id });
      if (relationships.some((r) => r.id === id)) return;
      relationships.push({ ...props, type, from, to, id, sourceIds: [] });
      say(id, `Fakta ${sentences.length}: ${from} ${type} ${to}.`);
    };
    for (const { kind, i } of plan.slice(offset, offset + batch)) {
      const id = benchId(kind, i);
      const entityName = `${name()} ${i}`;
      const base = {
        id,
        name: entityName,
        aliases: [`${kind.slice(0, 3).toUpperCase()}-${i}`],
        description: `Synthetic ${kind.toLowerCase()} ${i}.`,
        evidence: [],
        sourceIds: [],
      };
      const org = () => benchId("Organization", zipf(counts.Organization));
      switch (kind) {
        case "Organization": {
          const ministry = i < Math.max(5, counts.Organization * 0.02);
          entities.push({
            ...base,
            kind,
            type: ministry ? "MINISTRY" : i % 3 === 0 ? "DIRECTORATE_GENERAL" : "COMPANY",
            country: "ID",
          });
          if (!ministry && i % 3 === 0)
            tie(
              "UNIT_OF",
              id,
              benchId("Organization", pick(Math.max(5, Math.floor(counts.Organization * 0.02)))),
            );
          break;
        }
        case "Person":
          entities.push({ ...base, kind });
          tie("HOLDS_POSITION", id, org(), {
            title: "Direktur Jenderal",
            titleEn: "Director General",
            observedOn: date(),
          });
          break;
        case "Commodity":
          entities.push({ ...base, kind, category: "MINERAL" });
          break;
        case "Topic":
          entities.push({ ...base, kind });
          break;
        case "Programme":
          entities.push({ ...base, kind, startYear: 2015 + pick(8), endYear: 2024 + pick(4) });
          tie("PARTY_TO", org(), id, { role: "member" });
          break;
        case "Agreement":
          entities.push({
            ...base,
            kind,
            status: (["EXPLORED", "PROPOSED", "SIGNED", "IN_FORCE"] as const)[pick(4)] ?? "SIGNED",
          });
          for (let p = 0; p < 2 + pick(2); p++) tie("PARTY_TO", org(), id, { role: "party" });
          tie("COVERS", id, benchId("Commodity", zipf(counts.Commodity)));
          break;
        case "Place":
          entities.push({ ...base, kind, type: "CITY", country: "ID" });
          break;
        case "Event":
          entities.push({ ...base, kind, startDate: date() });
          tie("TOOK_PART_IN", org(), id, { role: "host" });
          tie("TOOK_PART_IN", benchId("Person", zipf(counts.Person)), id, { role: "speaker" });
          tie("LOCATED_IN", id, benchId("Place", zipf(counts.Place)));
          break;
        case "Indicator": {
          const subject = org();
          entities.push({
            ...base,
            kind,
            subject,
            metric: "production",
            value: pick(1_000_000),
            unit: "tonnes",
            period: String(2015 + pick(11)),
            basis: "ACTUAL",
          });
          tie("MEASURES", id, subject);
          break;
        }
      }
      say(id, `Entitas ${sentences.length}: ${entityName} (${id}).`);
    }
    const text = sentences.join("\n");
    let cursor = 0;
    const evidence: EvidenceRecord[] = quotes.map(({ about, sentence }) => {
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
      title: `Synthetic source ${sourceNo}`,
      language: "id",
      text,
    };
    const changes: GraphChanges = { sources: [source], entities, relationships: [], evidence: [] };
    await graph.writeTransaction(async (tx) => {
      // Ties may point at entities of later batches: those endpoints start as bare nodes that MERGE fills later.
      await tx.run(
        "UNWIND $ids AS id MERGE (n:Entity {id: id}) ON CREATE SET n.name = id, n.aliases = [], n.kind = 'Topic'",
        {
          ids: [...new Set(relationships.flatMap((r) => [r.from, r.to]))],
        },
      );
      await writeChanges(tx, { ...changes, relationships, evidence });
    });
    progress(Math.min(offset + batch, total), total);
  }
}
