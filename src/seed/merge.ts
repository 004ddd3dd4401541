import { DateResolutionError, findIndonesianDate, resolveIndonesianDate } from "../domain/dates.js";
import { sourceObservation } from "../domain/observation.js";
import type { SeedEntity, SeedRelationship, SeedSource, SeedStatement } from "../model/format.js";
import { evidenceId, relationshipId } from "../model/ids.js";
import { locateQuote, type LocatedQuote } from "../model/quotes.js";
import type { EntityRecord, SourceRecord } from "../model/records.js";
import { formatPlace, report, type Compilation, type Path } from "./compilation.js";
import type { ParsedFile } from "./parse.js";

/**
 * The merge step of the seed compiler: each parsed file's source, entities, relationships and quotes added
 * to the compilation. Quotes are located at character offsets in the source text, and an entity or a
 * relationship declared by several files is merged, each declaration checked against the first.
 */

/** Where a file's source texts come from: `{ text file: text }`, or a function from a name to its text. */
export type SourceTexts = Record<string, string> | ((textFile: string) => string | undefined);

/**
 * Where the date note quotes an Indonesian weekday date ("Kamis (3/12)"), it must resolve to publishedOn:
 * the year is the one near publishedOn's on which that day falls on that weekday.
 */
function checkPublicationDate(source: SeedSource): string | undefined {
  const printed = source.dateNote === undefined ? undefined : findIndonesianDate(source.dateNote);
  if (!printed || source.publishedOn === undefined) return undefined;
  try {
    const resolved = resolveIndonesianDate(printed, Number(source.publishedOn.slice(0, 4)));
    return resolved === source.publishedOn
      ? undefined
      : `the note's ${printed.weekday} (${printed.day}/${printed.month}) is ${resolved}, not publishedOn ${source.publishedOn}`;
  } catch (error) {
    return error instanceof DateResolutionError ? error.message : String(error);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Locates the quotes of a fact. With a source, each located quote becomes evidence about `about`; without
 * one (its metadata is not valid) the quotes are only checked, so that their problems are reported too.
 */
function addEvidence(
  c: Compilation,
  p: ParsedFile,
  text: string,
  source: SourceRecord | undefined,
  about: string | undefined,
  quotes: readonly string[],
  at: Path,
): LocatedQuote[] {
  const spans: LocatedQuote[] = [];
  quotes.forEach((q, i) => {
    const located = locateQuote(text, q);
    if (located.ok) spans.push(located.value);
    else for (const problem of located.problems) report(c, p, [...at, "evidence", i], problem.message);
  });
  if (source && about !== undefined) for (const span of spans) addQuote(c, source, about, span);
  return spans;
}

/** Evidence about `about`: the source's own characters at the span, whatever spacing the quote had. */
function addQuote(c: Compilation, source: SourceRecord, about: string, span: LocatedQuote): void {
  const id = evidenceId(about, source.id, span);
  c.evidence.set(id, { id, about, sourceId: source.id, quote: span.quote, start: span.start, end: span.end });
}

/** The file's source and its text, checked; undefined for the text when there is none to check quotes in. */
function readSource(
  c: Compilation,
  p: ParsedFile,
  texts: SourceTexts,
): { source: SourceRecord | undefined; text: string | undefined } {
  const name = p.textFile;
  const text = name === undefined ? undefined : typeof texts === "function" ? texts(name) : texts[name];
  if (name !== undefined && text === undefined)
    report(c, p, ["source", "textFile"], `no source text seed/sources/${name}`);
  const meta = p.source;
  if (!meta || text === undefined) return { source: undefined, text };
  if (c.sources.has(meta.id)) {
    report(c, p, ["source", "id"], `source id ${meta.id} is used by another file`);
    return { source: undefined, text };
  }
  const dateProblem = checkPublicationDate(meta);
  if (dateProblem) report(c, p, ["source", "dateNote"], dateProblem);
  const source: SourceRecord = { ...meta, text };
  c.sources.set(meta.id, source);
  c.places.set(meta.id, formatPlace(["source", "id"], p.lineOf(["source", "id"])));
  return { source, text };
}

/** An entity: new, or declared again by another article, which may add aliases and evidence, nothing else. */
function addEntity(
  c: Compilation,
  p: ParsedFile,
  sourceId: string | undefined,
  entity: SeedEntity,
  at: Path,
): void {
  const known = c.entities.get(entity.id);
  if (!known) {
    c.entities.set(entity.id, {
      ...entity,
      evidence: [],
      aliases: [...new Set(entity.aliases)],
      sourceIds: sourceId === undefined ? [] : [sourceId],
    });
    c.places.set(entity.id, formatPlace(at, p.lineOf(at)));
    return;
  }
  for (const key of Object.keys(entity) as (keyof SeedEntity)[]) {
    if (["aliases", "evidence", "description", "inferred", "inferredFrom", "distinctFrom"].includes(key))
      continue;
    if (!sameValue(known[key as keyof EntityRecord], entity[key])) {
      report(
        c,
        p,
        [...at, key],
        `${entity.id} is declared elsewhere with ${key} ${JSON.stringify(known[key as keyof EntityRecord])}`,
      );
    }
  }
  known.aliases = [...new Set([...known.aliases, ...entity.aliases])];
  if (entity.distinctFrom)
    known.distinctFrom = [...new Set([...(known.distinctFrom ?? []), ...entity.distinctFrom])];
  known.description ??= entity.description;
  // A fact stated by one article is stated, even where another only implies it.
  if (entity.inferred === undefined) delete known.inferred;
  known.inferredFrom = inferenceOf(known, entity);
  if (sourceId !== undefined && !known.sourceIds.includes(sourceId)) known.sourceIds.push(sourceId);
}

/** The premises of a fact declared again: none once it is stated, else those of every declaration. */
function inferenceOf(
  known: { inferred?: string; inferredFrom?: string[] },
  again: { inferredFrom?: string[] },
): string[] | undefined {
  if (known.inferred === undefined) return undefined;
  const premises = [...new Set([...(known.inferredFrom ?? []), ...(again.inferredFrom ?? [])])];
  return premises.length > 0 ? premises : undefined;
}

/** A relationship: new, or declared again, when it must agree and its observation dates widen. */
function addRelationship(
  c: Compilation,
  p: ParsedFile,
  sourceId: string | undefined,
  r: SeedRelationship,
  at: Path,
): string {
  const { evidence: _quotes, key: _key, ...props } = r;
  const id = relationshipId(r);
  const known = c.relationships.get(id);
  if (!known) {
    const sourceIds = sourceId === undefined ? [] : [sourceId];
    c.relationships.set(id, { ...props, id, lastObservedOn: props.observedOn, sourceIds });
    c.places.set(id, formatPlace(at, p.lineOf(at)));
    return id;
  }
  for (const k of ["title", "titleEn", "role", "since", "until"] as const) {
    if (props[k] !== undefined && known[k] !== undefined && props[k] !== known[k])
      report(c, p, [...at, k], `${id} is declared elsewhere with ${k} "${known[k]}"`);
    known[k] ??= props[k];
  }
  // Observed again: keep the first and the last date it was seen on.
  const seen = [known.observedOn, known.lastObservedOn, props.observedOn]
    .filter((d) => d !== undefined)
    .sort();
  known.observedOn = seen[0];
  known.lastObservedOn = seen.at(-1);
  if (props.inferred === undefined) delete known.inferred;
  known.inferredFrom = inferenceOf(known, props);
  if (sourceId !== undefined && !known.sourceIds.includes(sourceId)) known.sourceIds.push(sourceId);
  return id;
}

/**
 * A statement: its quote located like any evidence, and its date stated or derived from its source (its
 * publication date, else the year its text gives), marked as derived. A statement id is declared once.
 */
function addStatement(
  c: Compilation,
  p: ParsedFile,
  source: SourceRecord | undefined,
  statement: SeedStatement,
  at: Path,
): string | undefined {
  if (c.statements.has(statement.id) || c.places.has(statement.id)) {
    report(
      c,
      p,
      [...at, "id"],
      `statement id ${statement.id} is declared elsewhere (${c.places.get(statement.id) ?? "another file"})`,
    );
    return undefined;
  }
  c.places.set(statement.id, formatPlace(at, p.lineOf(at)));
  if (!source) return undefined;
  const { quote: _quote, date, ...fields } = statement;
  const derived = date === undefined ? sourceObservation(source)?.observedOn : undefined;
  c.statements.set(statement.id, {
    ...fields,
    about: [...new Set(fields.about)],
    ...(date !== undefined ? { date } : derived !== undefined ? { date: derived } : {}),
    dateDerived: date === undefined && derived !== undefined,
    sourceId: source.id,
  });
  return statement.id;
}

/**
 * Everything one file declares. Its quotes are located where its text is found, and kept as evidence
 * where its source is valid too; parts that are not valid only have their quotes checked.
 */
export function addFile(c: Compilation, p: ParsedFile, texts: SourceTexts): void {
  const { source, text } = readSource(c, p, texts);
  const quotesOf = (about: string | undefined, quotes: readonly string[], at: Path) =>
    text === undefined ? [] : addEvidence(c, p, text, source, about, quotes, at);
  for (const { index, value: entity } of p.entities) {
    const at = ["entities", index];
    addEntity(c, p, source?.id, entity, at);
    const spans = quotesOf(entity.id, entity.evidence, at);
    if (entity.kind === "Indicator") {
      // A figure measures its subject, by the figure's own quotes.
      const measures = { type: "MEASURES" as const, from: entity.id, to: entity.subject };
      const id = relationshipId(measures);
      c.relationships.set(id, { ...measures, id, sourceIds: source ? [source.id] : [] });
      if (source) for (const span of spans) addQuote(c, source, id, span);
    }
  }
  for (const { index, value: r } of p.relationships) {
    const at = ["relationships", index];
    quotesOf(addRelationship(c, p, source?.id, r, at), r.evidence, at);
  }
  for (const { index, value: statement } of p.statements) {
    const at = ["statements", index];
    const id = addStatement(c, p, source, statement, at);
    // The one quote of a statement is reported at `quote`, not at `evidence[0]`.
    if (text === undefined) continue;
    const located = locateQuote(text, statement.quote);
    if (!located.ok) for (const problem of located.problems) report(c, p, [...at, "quote"], problem.message);
    else if (source && id !== undefined) addQuote(c, source, id, located.value);
  }
  for (const { at, raw } of p.invalid) {
    const quotes = Array.isArray(raw.evidence)
      ? raw.evidence.filter((q) => typeof q === "string")
      : typeof raw.quote === "string"
        ? [raw.quote]
        : [];
    if (at[0] === "statements") {
      if (text !== undefined)
        for (const q of quotes) {
          const located = locateQuote(text, q);
          if (!located.ok)
            for (const problem of located.problems) report(c, p, [...at, "quote"], problem.message);
        }
      continue;
    }
    quotesOf(undefined, quotes, at);
  }
}
