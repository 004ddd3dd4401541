import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { EntityRow } from "../graph/rows.js";
import { compileSeed } from "../seed/compile.js";
import type { EntityRecord } from "../model/records.js";
import { entitySchema } from "../model/format.js";
import type { EntityDraft, KnownEntity } from "./types.js";

/**
 * The known entities a draft matches against: the graph's (knownEntityRows), or the curated seed files'
 * when no database is at hand. Each carries its declaration, so the draft can cite a new mention of it.
 */

/** Placeholder evidence to validate a declaration with the seed format's schema, then dropped. */
const PLACEHOLDER = ["(placeholder quote)"];

/**
 * What a draft may repeat of a known entity when another article mentions it: the repeated declaration is
 * cited by the new article's quotes, so it keeps only what the mention itself states or what classifies
 * the entity (kind, id, name, an organization's or place's type, a regulation's number and year, which
 * its name prints). What another article said of it — its `inferred` note and premises, description, dates, years,
 * an agreement's status — stays out: a draft must never cite what its own text does not say. An
 * agreement cannot be declared without a status, so a draft only refers to a known one by its id.
 */
export function restatable(entity: EntityDraft): EntityDraft | undefined {
  const {
    inferred: _inferred,
    inferredFrom: _premises,
    description: _description,
    distinctFrom: _distinct,
    ...rest
  } = entity;
  switch (rest.kind) {
    case "Agreement":
    case "Indicator":
      return undefined;
    case "Event": {
      const { startDate: _start, endDate: _end, ...event } = rest;
      return event;
    }
    case "Programme": {
      const { startYear: _start, endYear: _end, ...programme } = rest;
      return programme;
    }
    default:
      return rest;
  }
}

function declaration(fields: Record<string, unknown>): EntityDraft | undefined {
  const parsed = entitySchema.safeParse({ ...fields, evidence: PLACEHOLDER });
  if (!parsed.success) return undefined;
  const { evidence: _evidence, ...rest } = parsed.data;
  return restatable(rest);
}

function known(
  fields: Record<string, unknown> & {
    id: string;
    kind: KnownEntity["kind"];
    name: string;
    aliases: string[];
  },
): KnownEntity {
  const decl = declaration(fields);
  return {
    id: fields.id,
    kind: fields.kind,
    name: fields.name,
    aliases: fields.aliases,
    ...(decl ? { declaration: decl } : {}),
  };
}

/** Known entities from the graph's rows (nulls, which Neo4j returns for absent properties, dropped). */
export function knownFromRows(rows: readonly EntityRow[]): KnownEntity[] {
  return rows.map((row) => {
    const fields = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined));
    return known({
      ...fields,
      id: row.id,
      kind: row.kind,
      name: row.name,
      aliases: row.aliases,
    });
  });
}

function fromRecord(entity: EntityRecord): KnownEntity {
  const { sourceIds: _sourceIds, ...fields } = entity;
  return known(fields);
}

/**
 * Known entities of the seed folder's data files, except those named in `exclude` (file names): the
 * evaluation drafts each seed article against the other four only.
 */
export function knownFromSeed(seedDir: string, exclude: readonly string[] = []): KnownEntity[] {
  const dataDir = path.join(seedDir, "data");
  const files = Object.fromEntries(
    readdirSync(dataDir)
      .filter((f) => f.endsWith(".yaml") && !exclude.includes(f))
      .map((f) => [f, readFileSync(path.join(dataDir, f), "utf8")]),
  );
  const text = (file: string) => readFileSync(path.join(seedDir, "sources", file), "utf8");
  // Without the excluded files some references have no declaration: they are external, not errors.
  const graph = compileSeed(files, text, { external: true });
  return graph.entities.filter((e) => e.kind !== "Indicator").map(fromRecord);
}
