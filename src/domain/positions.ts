/**
 * When was a position held? Articles mostly observe a holder on a date rather than state a term. The rule
 * used here, documented in docs/model.md: a position runs from its stated `since` (else its first
 * observation) to its stated `until` (else until another person is first observed in the same title at the
 * same organization after the holder was last seen in it). Titles with several holders at once (a vice
 * minister) are not told apart: a newly observed holder then ends the previous one's span.
 */

export interface PositionSpan {
  personId: string;
  organizationId: string;
  /** English title, used to tell which positions succeed each other ("Director General"). */
  titleKey: string;
  since?: string | null;
  until?: string | null;
  observedOn?: string | null;
  lastObservedOn?: string | null;
}

function start(p: PositionSpan): string | undefined {
  return p.since ?? p.observedOn ?? undefined;
}

/** Dates of different precision compare by their common prefix: "2021" contains "2021-07-26". */
export function onOrBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

/** Whether `position` is held on `asOf`, given every position of the same organization. */
export function isHeldOn(position: PositionSpan, all: readonly PositionSpan[], asOf: string): boolean {
  const begins = start(position);
  if (begins === undefined || !onOrBefore(begins, asOf)) return false;
  if (position.until) return onOrBefore(asOf, position.until);
  // The last time the holder was seen in office on or before asOf: a successor must come after that.
  const last = position.lastObservedOn;
  const seen = last && onOrBefore(last, asOf) && !onOrBefore(last, begins) ? last : begins;
  // Superseded when another person is seen in the same title after that, up to asOf.
  return !all.some(
    (other) =>
      other.personId !== position.personId &&
      other.organizationId === position.organizationId &&
      other.titleKey === position.titleKey &&
      [start(other), other.lastObservedOn].some((d) => d && !onOrBefore(d, seen) && onOrBefore(d, asOf)),
  );
}

/** Whether a position's span is inferred from observations rather than stated. */
export function spanIsInferred(position: Pick<PositionSpan, "since" | "until">): boolean {
  return !position.since || !position.until;
}

/**
 * Whether a tie holds on `asOf` as far as the sources say: it has begun (since, else first observed) on or
 * before that date and has not ended (until) before it. Every tie has an observation date, stated or
 * derived (src/domain/observation.ts); one that nothing dates is not known to hold on any date.
 */
export function tieHoldsOn(
  tie: { since?: string | null; until?: string | null; observedOn?: string | null },
  asOf: string,
): boolean {
  const begins = tie.since ?? tie.observedOn;
  if (!begins || !onOrBefore(begins, asOf)) return false;
  return !tie.until || onOrBefore(asOf, tie.until);
}
