import { z } from "zod";
import { partialDateProblem } from "../domain/dates.js";
import { INPUT_BOUNDS as BOUNDS } from "../limits.js";
import { RELATIONSHIP_TYPES } from "./relationships.js";
import { STANCES, STATEMENT_ID } from "./statements.js";

/**
 * The input format of facts: the reviewable seed files in seed/data/*.yaml (one file per source article,
 * stating the entities and relationships the article supports, each with verbatim evidence quotes), and
 * the imports and mutations that write the same records.
 * docs/seed-format.md explains it with examples; this schema is the single source of truth.
 */

/** A string of at most `max` characters; a longer one is refused naming the bound and its length. */
export const boundedText = (max: number) =>
  z.string().max(max, {
    error: (issue) => `must be at most ${max} characters; this one has ${(issue.input as string).length}`,
  });
/** A list of at most `max` items. */
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, {
    error: (issue) => `must have at most ${max} items; this one has ${(issue.input as unknown[]).length}`,
  });

const ID = /^[a-z]+:[a-z0-9][a-z0-9.-]*$/;
export const entityId = boundedText(BOUNDS.id).regex(
  ID,
  "expected an id like 'org:inalum' (kind prefix, colon, kebab-case)",
);
/** A calendar date or a coarser one: 2021-07-26, 2021-07 or 2021; a day must exist (not 2021-02-30). */
export const partialDate = z.string().superRefine((value, ctx) => {
  const problem = partialDateProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
/** A whole calendar date, YYYY-MM-DD. */
const date = partialDate.regex(/^\d{4}-\d\d-\d\d$/, "expected a date as YYYY-MM-DD");

/** A verbatim quote from the file's source text; it must occur there exactly once. */
export const quote = boundedText(BOUNDS.quote).min(
  8,
  "a quote must be at least 8 characters, enough to be unambiguous",
);
const evidence = list(quote, BOUNDS.quotes).min(1, "every fact needs at least one evidence quote");

/** Set when the fact is not stated outright but inferred; says from what. */
const inferred = boundedText(BOUNDS.note).min(10, "say what the inference is drawn from").optional();
/**
 * The premises of an inferred fact: the passages of its evidence that state what it is inferred from, each
 * verbatim within one of its evidence quotes (inferenceProblems checks it).
 */
const inferredFrom = list(quote, BOUNDS.quotes).min(1).optional();
/** A title, a role, a metric, a unit, a publisher: a short text that is not empty. */
const label = boundedText(BOUNDS.label).min(1);

export const ORGANIZATION_TYPES = [
  "MINISTRY",
  "DIRECTORATE_GENERAL",
  "SECRETARIAT_GENERAL",
  "STATE_OWNED_ENTERPRISE",
  "HOLDING",
  "COMPANY",
  "INTERNATIONAL_ORGANIZATION",
  "FOREIGN_GOVERNMENT_BODY",
  "GOVERNMENT",
  "COMMUNITY_GROUP",
  "UNIVERSITY",
  "MEDIA",
] as const;
export const AGREEMENT_STATUSES = ["EXPLORED", "PROPOSED", "SIGNED", "IN_FORCE", "ENDED"] as const;
/** ACTUAL: achieved; TARGET: aimed at; PLANNED: a plan (a capacity to be built); COMMITTED: pledged (an investment). */
export const INDICATOR_BASES = ["ACTUAL", "TARGET", "PLANNED", "COMMITTED"] as const;
/** How the value is bounded as printed: "lebih dari" AT_LEAST, "kurang dari" AT_MOST, "sekitar" ABOUT. */
export const INDICATOR_BOUNDS = ["AT_LEAST", "AT_MOST", "ABOUT", "EXACT"] as const;
/** The kinds a figure's product may be: what it counts. */
export const INDICATOR_PRODUCT_KINDS = ["Commodity"] as const;
export const PLACE_TYPES = ["COUNTRY", "PROVINCE", "REGENCY", "CITY", "DISTRICT", "AREA"] as const;
export const FACILITY_TYPES = ["SMELTER", "POWER_PLANT", "INDUSTRIAL_PARK", "PLANT", "REFINERY"] as const;
/** Where a facility stands, as its source states it; left out when the source does not say. */
export const FACILITY_STATUSES = ["PLANNED", "UNDER_CONSTRUCTION", "OPERATING", "CLOSED"] as const;
/**
 * The instrument of a regulation or policy: a law (UU), a government regulation in lieu of law (PERPPU), a
 * government regulation (PP), presidential regulation, decree and instruction (PERPRES, KEPPRES, INPRES),
 * ministerial regulation and decree (PERMEN, KEPMEN), a circular (SE), a regional regulation (PERDA), a
 * permit regime (PERMIT: IUI, IOMKI), a standard (STANDARD) or a policy stated without an instrument (POLICY).
 */
export const REGULATION_INSTRUMENTS = [
  "UU",
  "PERPPU",
  "PP",
  "PERPRES",
  "KEPPRES",
  "INPRES",
  "PERMEN",
  "KEPMEN",
  "SE",
  "PERDA",
  "PERMIT",
  "STANDARD",
  "POLICY",
] as const;
export const COMMODITY_CATEGORIES = ["MINERAL", "METAL", "PRODUCT", "ENERGY"] as const;

const common = {
  id: entityId,
  name: boundedText(BOUNDS.name).min(1),
  /** Other names: Indonesian and English names, acronyms, spellings used in the articles. */
  aliases: list(boundedText(BOUNDS.name).min(1), BOUNDS.aliases).default([]),
  description: boundedText(BOUNDS.description).min(1).optional(),
  inferred,
  inferredFrom,
  evidence,
  /** Existing entities this one is known to be distinct from, although a name or alias matches. */
  distinctFrom: list(entityId, BOUNDS.distinctFrom).optional(),
};

const country = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166 alpha-2 country code such as ID or CN");

export const entitySchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("Organization"),
    ...common,
    type: z.enum(ORGANIZATION_TYPES),
    country: country.optional(),
  }),
  z.strictObject({ kind: z.literal("Person"), ...common }),
  z.strictObject({ kind: z.literal("Commodity"), ...common, category: z.enum(COMMODITY_CATEGORIES) }),
  z.strictObject({ kind: z.literal("Topic"), ...common }),
  z.strictObject({
    kind: z.literal("Programme"),
    ...common,
    startYear: z.number().int().optional(),
    endYear: z.number().int().optional(),
  }),
  z.strictObject({ kind: z.literal("Agreement"), ...common, status: z.enum(AGREEMENT_STATUSES) }),
  z.strictObject({
    kind: z.literal("Regulation"),
    ...common,
    instrument: z.enum(REGULATION_INSTRUMENTS).optional(),
    number: label.optional(),
    year: z.number().int().optional(),
    /** Signed or issued on; in force from: only where the source states them. */
    issuedOn: partialDate.optional(),
    inForceFrom: partialDate.optional(),
  }),
  z.strictObject({
    kind: z.literal("Place"),
    ...common,
    type: z.enum(PLACE_TYPES),
    country: country.optional(),
  }),
  z.strictObject({
    kind: z.literal("Facility"),
    ...common,
    type: z.enum(FACILITY_TYPES),
    status: z.enum(FACILITY_STATUSES).optional(),
    /** The process or technology as the source names it: "RKEF", "HPAL", "blast furnace", ... */
    technology: label.optional(),
  }),
  z.strictObject({
    kind: z.literal("Event"),
    ...common,
    startDate: partialDate.optional(),
    endDate: partialDate.optional(),
  }),
  z.strictObject({
    kind: z.literal("Indicator"),
    ...common,
    /** The entity the figure is about; the loader links it with a MEASURES relationship. */
    subject: entityId,
    metric: label,
    value: z.number(),
    unit: label,
    /** The period the figure is for: 2030, 2021-06, 2019-2023, ... */
    period: boundedText(BOUNDS.label).min(4).optional(),
    basis: z.enum(INDICATOR_BASES),
    /** The commodity or product the figure counts (tonnes per year of nickel matte): a Commodity id. */
    product: entityId.optional(),
    /** How the value is bounded as printed; left out, the value is as printed (no bound stated). */
    bound: z.enum(INDICATOR_BOUNDS).optional(),
    /** For a money figure: the ISO 4217 code (IDR, USD, CNY); `unit` keeps the unit as printed. */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "expected an ISO 4217 currency code such as IDR, USD or CNY")
      .optional(),
  }),
]);

export const relationshipSchema = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPES),
  from: entityId,
  to: entityId,
  /** Distinguishes two relationships of one type between the same pair (e.g. two positions). */
  key: boundedText(BOUNDS.key)
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  /** HOLDS_POSITION: the title as the article gives it; PARTY_TO / TOOK_PART_IN: the role played. */
  title: label.optional(),
  titleEn: label.optional(),
  role: label.optional(),
  /** The date the article observes the fact on; since/until only where the article states them. */
  observedOn: partialDate.optional(),
  since: partialDate.optional(),
  until: partialDate.optional(),
  inferred,
  inferredFrom,
  evidence,
});

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * An inference names its premises and they are among its quotes: `inferredFrom` only with `inferred`, and
 * each premise verbatim (spacing aside) inside one of the fact's evidence quotes, so it is in the article.
 */
export function inferenceProblems(fact: {
  inferred?: string;
  inferredFrom?: readonly string[];
  evidence: readonly string[];
}): { path: (string | number)[]; message: string }[] {
  if (fact.inferredFrom === undefined) return [];
  if (fact.inferred === undefined)
    return [
      {
        path: ["inferredFrom"],
        message: "inferredFrom names the premises of an inferred fact: set inferred too",
      },
    ];
  const quotes = fact.evidence.map(collapse);
  return fact.inferredFrom.flatMap((premise, i) =>
    quotes.some((q) => q.includes(collapse(premise)))
      ? []
      : [
          {
            path: ["inferredFrom", i],
            message: `the premise "${premise}" is in none of the fact's evidence quotes`,
          },
        ],
  );
}

const addInferenceProblems = (
  fact: Parameters<typeof inferenceProblems>[0],
  ctx: { addIssue: (issue: { code: "custom"; path: (string | number)[]; message: string }) => void },
) => {
  for (const problem of inferenceProblems(fact)) ctx.addIssue({ code: "custom", ...problem });
};

/** An entity of a seed file or an import: its fields, and its premises among its quotes. */
export const seedEntitySchema = entitySchema.superRefine(addInferenceProblems);

/** A relationship of a seed file: its fields, and what they must say together. */
export const seedRelationshipSchema = relationshipSchema.superRefine((r, ctx) => {
  if (r.type === "HOLDS_POSITION" && r.title === undefined)
    ctx.addIssue({ code: "custom", path: ["title"], message: "HOLDS_POSITION needs a title" });
  addInferenceProblems(r, ctx);
});

/**
 * A statement of the file's source: who said what (a short English paraphrase and the verbatim quote, which
 * must occur once in the source text like any evidence), about what, when and where. Without a date, the
 * source's publication date is taken, marked as derived.
 */
export const statementSchema = z.strictObject({
  id: boundedText(BOUNDS.id).regex(STATEMENT_ID, "expected an id like 'statement:setia-nickel-recycling'"),
  /** A Person or an Organization. */
  speaker: entityId,
  paraphrase: boundedText(BOUNDS.description).min(10, "say in a few English words what was said"),
  quote,
  date: partialDate.optional(),
  /** A Place. */
  place: entityId.optional(),
  /** Topics, commodities, agreements, regulations, organizations, ... the words are about. */
  about: list(entityId, BOUNDS.statementAbout).default([]),
  stance: z.enum(STANCES).optional(),
});

export const sourceId = boundedText(BOUNDS.id).regex(
  /^source:[a-z0-9][a-z0-9-]*$/,
  "expected an id like 'source:antara-2020-12-03-inalum'",
);

export const sourceSchema = z.strictObject({
  id: sourceId,
  /** The article text, page furniture removed, in seed/sources/. */
  textFile: boundedText(BOUNDS.id).regex(/^[a-z0-9][a-z0-9-]*\.txt$/),
  /** The page as it was collected, in seed/originals/: every line of the text file is one of its lines. */
  original: boundedText(BOUNDS.id)
    .regex(/^[\w.-]+\.txt$/)
    .optional(),
  publisher: label,
  title: label,
  publishedOn: date.optional(),
  /** How the publication date was established when the article does not print it in full. */
  dateNote: boundedText(BOUNDS.note).min(10).optional(),
  language: z.enum(["id", "en"]),
  author: label.optional(),
  url: boundedText(BOUNDS.url).pipe(z.url()).optional(),
});

/** A whole file. The compiler checks its parts one by one instead (seed/parse.ts), to report them all at once. */
export const seedFileSchema = z.strictObject({
  source: sourceSchema,
  entities: z.array(entitySchema).default([]),
  relationships: z.array(seedRelationshipSchema).default([]),
  statements: z.array(statementSchema).default([]),
});

export type SeedFile = z.output<typeof seedFileSchema>;
export type SeedEntity = z.output<typeof entitySchema>;
export type SeedRelationship = z.output<typeof relationshipSchema>;
export type SeedSource = z.output<typeof sourceSchema>;
export type SeedStatement = z.output<typeof statementSchema>;
