import { isMap, isPair, isScalar, isSeq, Scalar, type Document } from "yaml";

/**
 * A `[flow, list]` splits at every comma, so "Rp2,5 triliun" in `aliases: [Rp2,5 triliun, investasi]` is
 * read as two aliases, "Rp2" and "5 triliun", and "13,000" as the numbers 13 and 0, without a word from the
 * YAML parser. A person sees one name there. These warnings point at such items: a plain (unquoted) item
 * that begins with a digit right after a comma, or, after one that ends with a digit, with three digits
 * ("250, 000") or a number and its magnitude ("Rp2, 5 triliun"), or that is a bare number.
 */

export type Path = (string | number)[];

export interface SplitListWarning {
  at: Path;
  message: string;
}

const ADVICE = 'write the list as a block list (one "- item" per line) or quote the item';

function plainRange(node: unknown): [number, number] | undefined {
  if (!isScalar(node) || node.type !== Scalar.PLAIN || !node.range) return undefined;
  return [node.range[0], node.range[1]];
}

/**
 * Whether the next item looks like the rest of the previous one: it begins with a digit right after the
 * comma ("Rp2,5 triliun"), or after a number with a group of three digits ("250, 000 ton") or a number
 * and its magnitude ("Rp2, 5 triliun"); "Tahap 1, 2 smelter" is two items.
 */
function continues(source: string, previous?: [number, number], next?: [number, number]): boolean {
  if (!previous || !next) return false;
  const comma = source.indexOf(",", previous[1]);
  if (comma < 0 || source.slice(previous[1], comma).trim() !== "") return false;
  const rest = source.slice(next[0], next[0] + 4);
  if (comma === next[0] - 1) return /^\d/.test(rest);
  if (!/\d$/.test(source.slice(previous[0], previous[1]))) return false;
  return /^\d{3}(?!\d)/.test(rest) || DECIMAL_WITH_MAGNITUDE.test(source.slice(next[0], next[1]));
}

/** The rest of a decimal amount: "5 triliun" of "Rp2, 5 triliun", "5 persen" of "12, 5 persen". */
const DECIMAL_WITH_MAGNITUDE =
  /^\d+\s*(?:ribu|juta|miliar|triliun|thousand|million|billion|trillion|persen|percent|%)(?!\p{L})/iu;

/** The warnings for one flow sequence: one per run of pieces that a comma inside a number split apart. */
function flowListWarnings(items: readonly unknown[], source: string, at: Path): SplitListWarning[] {
  const warnings: SplitListWarning[] = [];
  for (let i = 0; i < items.length; i++) {
    const first = plainRange(items[i]);
    if (!first) continue;
    let last = i;
    while (continues(source, plainRange(items[last]), plainRange(items[last + 1]))) last += 1;
    const pieces = items.slice(i, last + 1).map((item) => JSON.stringify((item as Scalar).value));
    const end = plainRange(items[last])?.[1] ?? first[1];
    const written = source.slice(first[0], end);
    if (last > i) {
      warnings.push({
        at: [...at, i],
        message: `"${written}" is read as ${pieces.length} items (${pieces.join(", ")}): a [flow, list] splits at every comma; ${ADVICE}`,
      });
    } else if (typeof (items[i] as Scalar).value === "number") {
      warnings.push({
        at: [...at, i],
        message: `${written} is read as a bare number in a [flow, list], which splits at every comma ("13,000" becomes 13 and 0); ${ADVICE}`,
      });
    }
    i = last;
  }
  return warnings;
}

/** Every flow list of the document that looks split, with the path of its first piece. */
export function splitListWarnings(doc: Document, source: string): SplitListWarning[] {
  const warnings: SplitListWarning[] = [];
  const walk = (node: unknown, at: Path): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isPair(pair) && isScalar(pair.key)) walk(pair.value, [...at, String(pair.key.value)]);
      }
    } else if (isSeq(node)) {
      if (node.flow) warnings.push(...flowListWarnings(node.items, source, at));
      node.items.forEach((item, i) => {
        walk(item, [...at, i]);
      });
    }
  };
  walk(doc.contents, []);
  return warnings;
}
