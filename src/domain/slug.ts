/**
 * The readable part of an id made from a name: lowercase ASCII words joined by hyphens, with slashes and
 * apostrophes dropped inside words ("PT AM/NS Indonesia" → "pt-amns-indonesia", "People's" → "peoples").
 * Ids must match src/seed/format.ts's pattern, so nothing else survives.
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
