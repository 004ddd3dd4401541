/**
 * Which statements a nested list keeps (Person.statements, Entity.statementsAbout): the same filters as the
 * statements query, applied to the statements one loader returned for an entity. Pure.
 */

export interface StatementFilter {
  by?: string | null;
  about?: string | null;
  from?: string | null;
  to?: string | null;
}

interface FilteredStatement {
  speakerId: string;
  aboutIds: readonly string[];
  date?: string | null;
}

/** `a` on or before `b`, comparing dates of different precision by their common part ("2021" vs "2021-07-26"). */
function onOrBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

/** Whether a statement passes every filter given; an undated statement passes no date filter. */
export function statementMatches(s: FilteredStatement, filter: StatementFilter): boolean {
  if (filter.by && s.speakerId !== filter.by) return false;
  if (filter.about && !s.aboutIds.includes(filter.about)) return false;
  if (filter.from && !(s.date && onOrBefore(filter.from, s.date))) return false;
  if (filter.to && !(s.date && onOrBefore(s.date, filter.to))) return false;
  return true;
}
