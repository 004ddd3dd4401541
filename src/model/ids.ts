/** The ids of the model: how evidence and relationships are keyed, and the readable part of a new id. */

/** Evidence is identified by what it supports and the exact span of its source it quotes. */
export function evidenceId(about: string, sourceId: string, span: { start: number; end: number }): string {
  return `${about}@${sourceId}:${span.start}-${span.end}`;
}

export function relationshipId(r: {
  type: string;
  from: string;
  to: string;
  key?: string | undefined;
}): string {
  return `${r.from}-[${r.type}]->${r.to}${r.key ? `#${r.key}` : ""}`;
}

/**
 * The readable part of an id made from a name: lowercase ASCII words joined by hyphens, with slashes and
 * apostrophes dropped inside words ("PT AM/NS Indonesia" → "pt-amns-indonesia", "People's" → "peoples").
 * Ids must match format.ts's pattern, so nothing else survives.
 */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/(\w)['’/](?=\w)/g, "$1")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
