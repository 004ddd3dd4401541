/**
 * When was a tie observed? Every relationship gets an observation date, so that `asOf` can leave out the
 * ties no source had seen yet on a date. The rule, documented in docs/model.md ("Time"):
 *
 * 1. STATED: the seed file (or import, or mutation) gives `observedOn`.
 * 2. EVENT: the tie is about a dated event (an actor TOOK_PART_IN it, it COVERS a topic, it is LOCATED_IN a
 *    place, ...): the event's start date.
 * 3. SOURCE: else the earliest publication date of the sources that quote it.
 * 4. TEXT_YEAR: else, for a source printed without a date, the latest year its text gives as
 *    "tahun 2023": the article cannot be older than the latest year it speaks of, so the tie is never dated
 *    earlier than a source could have seen it.
 *
 * Anything but STATED is derived, and the basis says how. Pure: the compiler and the migration call it.
 */

export const OBSERVED_ON_BASES = ["STATED", "EVENT", "SOURCE", "TEXT_YEAR"] as const;
export type ObservedOnBasis = (typeof OBSERVED_ON_BASES)[number];

export interface Observation {
  observedOn: string;
  basis: ObservedOnBasis;
}

/** A tie's observation, and the last date anything observes it on (never before observedOn). */
export type TieObservation = Observation & { lastObservedOn: string };

/** What the rule reads of a tie. */
export interface ObservedTie {
  observedOn?: string | null;
  lastObservedOn?: string | null;
  /** The tie's ends, with an event's start date where an end is a dated Event. */
  fromEventDate?: string | null;
  toEventDate?: string | null;
}

/** What the rule reads of a source that quotes the tie. */
export interface ObservingSource {
  publishedOn?: string | null;
  text: string;
}

/**
 * "tahun 2023" as a year the text speaks of. A regulation's number ("UU No. 3 Tahun 2020", "Nomor 3 Tahun
 * 2021") also reads "Tahun <year>" but dates the regulation, not the article: a number before it excludes it.
 */
const TEXT_YEAR = /(?<!\d\s{0,3})\btahun\s+((?:19|20)\d{2})\b/giu;

/** The latest year an undated article gives as "tahun <year>", or undefined. */
export function textYear(text: string): string | undefined {
  const years = [...text.matchAll(TEXT_YEAR)].map((m) => m[1]).filter((y) => y !== undefined);
  return years.sort().at(-1);
}

/** The date a source observes what it quotes on: its publication date, else a year its text gives. */
export function sourceObservation(source: ObservingSource): Observation | undefined {
  if (source.publishedOn) return { observedOn: source.publishedOn, basis: "SOURCE" };
  const year = textYear(source.text);
  return year === undefined ? undefined : { observedOn: year, basis: "TEXT_YEAR" };
}

/**
 * The observation date of a tie by the rule above, or undefined when nothing dates it (a source with no
 * date and no year in its text). A tie between two dated events takes its `from` event's date: the part,
 * the one that took place inside the other.
 */
export function observationOf(
  tie: ObservedTie,
  sources: readonly ObservingSource[],
): TieObservation | undefined {
  const observed = sources.map(sourceObservation).filter((o) => o !== undefined);
  const first = firstObservation(tie, observed);
  if (!first) return undefined;
  // Dated from its sources, a tie is observed again by each of them, on its own date. A stated or an
  // event's date is the date the sources observe it on, whenever they were published.
  const fromSources = first.basis === "SOURCE" || first.basis === "TEXT_YEAR";
  const dates = [
    first.observedOn,
    tie.lastObservedOn,
    ...(fromSources ? observed.map((o) => o.observedOn) : []),
  ];
  const lastObservedOn =
    dates
      .filter((d) => typeof d === "string")
      .sort()
      .at(-1) ?? first.observedOn;
  return { ...first, lastObservedOn };
}

function firstObservation(tie: ObservedTie, observed: readonly Observation[]): Observation | undefined {
  if (tie.observedOn) return { observedOn: tie.observedOn, basis: "STATED" };
  const eventDate = tie.fromEventDate ?? tie.toEventDate;
  if (eventDate) return { observedOn: eventDate, basis: "EVENT" };
  // A publication date beats a year read in a text; among equals the earliest observation counts.
  const best = (basis: ObservedOnBasis) =>
    observed
      .filter((o) => o.basis === basis)
      .sort((a, b) => a.observedOn.localeCompare(b.observedOn))
      .at(0);
  return best("SOURCE") ?? best("TEXT_YEAR");
}

/** What a compiled or stored graph holds that the rule needs, keyed by id. */
export interface ObservationContext {
  /** The start date of an entity that is an Event with one; undefined for anything else. */
  eventDateOf: (entityId: string) => string | null | undefined;
  sourceOf: (sourceId: string) => ObservingSource | undefined;
}

/**
 * The ties with their observation dates filled in and marked: a tie that already has a basis keeps it,
 * one with a stated date gets STATED, the rest are derived. `lastObservedOn` is at least `observedOn`.
 */
export function withObservations<
  T extends {
    from: string;
    to: string;
    observedOn?: string;
    lastObservedOn?: string;
    observedOnBasis?: ObservedOnBasis;
    sourceIds: readonly string[];
  },
>(ties: readonly T[], context: ObservationContext): T[] {
  return ties.map((tie) => {
    if (tie.observedOnBasis !== undefined) return tie;
    const sources = tie.sourceIds.map(context.sourceOf).filter((s) => s !== undefined);
    const observation = observationOf(
      {
        observedOn: tie.observedOn,
        lastObservedOn: tie.lastObservedOn,
        fromEventDate: context.eventDateOf(tie.from),
        toEventDate: context.eventDateOf(tie.to),
      },
      sources,
    );
    if (!observation) return tie;
    const { observedOn, lastObservedOn, basis } = observation;
    return { ...tie, observedOn, lastObservedOn, observedOnBasis: basis };
  });
}

/** The context of a compiled graph: its entities and its sources, as lists. */
export function observationContext(
  entities: readonly { id: string; kind: string; startDate?: unknown }[],
  sources: readonly ({ id: string } & ObservingSource)[],
): ObservationContext {
  const eventDates = new Map(
    entities
      .filter((e) => e.kind === "Event" && typeof e.startDate === "string")
      .map((e) => [e.id, e.startDate as string]),
  );
  const byId = new Map(sources.map((s) => [s.id, s]));
  return { eventDateOf: (id) => eventDates.get(id), sourceOf: (id) => byId.get(id) };
}

/**
 * Quotes observed on or before `asOf` (their source published by then) first, each group in its own order:
 * under `asOf` a position's evidence shows what was known on that date before what came later.
 */
export function observedFirst<T extends { sourcePublishedOn?: string | null }>(
  quotes: readonly T[],
  asOf: string | null | undefined,
): T[] {
  if (!asOf) return [...quotes];
  const known = (q: T) => {
    const published = q.sourcePublishedOn;
    if (!published) return false;
    const n = Math.min(published.length, asOf.length);
    return published.slice(0, n) <= asOf.slice(0, n);
  };
  return [...quotes.filter(known), ...quotes.filter((q) => !known(q))];
}
