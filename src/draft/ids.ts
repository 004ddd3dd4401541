/**
 * Readable ids for what a draft proposes (`regulation:uu-3-2020`, `event:kunjungan-unido-2025-03-05`),
 * in the seed format's shape: kind prefix, colon, kebab-case of ASCII letters and digits.
 */

const MAX_SLUG = 60;

/** "PT AM/NS Indonesia" → "pt-am-ns-indonesia"; diacritics dropped, cut at a word under 60 characters. */
export function slug(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " dan ")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = "";
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > MAX_SLUG && out) break;
    out = next.slice(0, MAX_SLUG);
  }
  return out || "x";
}

/** Gives out ids that are unique among `taken` (ids of the graph and of the draft so far). */
export class IdAllocator {
  private readonly taken: Set<string>;
  constructor(taken: Iterable<string>) {
    this.taken = new Set(taken);
  }
  /** `prefix:slug(text)`, or with -2, -3, ... when that id is taken already. */
  allocate(prefix: string, text: string): string {
    return this.claim(`${prefix}:${slug(text)}`);
  }
  /** The id itself when it is free, else the first free one of id-2, id-3, ... */
  claim(id: string): string {
    let candidate = id;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${id}-${n}`;
    this.taken.add(candidate);
    return candidate;
  }
  has(id: string): boolean {
    return this.taken.has(id);
  }
}
