import { tokenize } from "../lexicon/phrases.js";

/** Levenshtein distance, case-insensitive, of two words. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/**
 * "Did you mean": the query with each word that no name holds replaced by the nearest word of the names
 * and aliases given (best hit first, its name before its aliases), written as they are ("Kemenprin" →
 * "Kemenperin", "Inalun" → "INALUM"). `maxDistance` says how far each word may be corrected (0: not).
 * Null when nothing would change.
 */
export function suggestQuery(
  words: readonly string[],
  names: readonly (readonly string[])[],
  maxDistance: (word: string) => number,
): string | null {
  const candidates = names.flatMap((forms) => forms.flatMap((form) => tokenize(form).map((t) => t.text)));
  const suggested = words.map((word) => {
    const allowed = maxDistance(word);
    if (allowed === 0 || candidates.some((c) => c.toLowerCase() === word.toLowerCase())) return word;
    let best: { text: string; distance: number } | null = null;
    for (const candidate of candidates) {
      const distance = editDistance(word, candidate);
      if (distance <= allowed && (best === null || distance < best.distance))
        best = { text: candidate, distance };
    }
    return best ? best.text : word;
  });
  return suggested.some((w, i) => w !== words[i]) ? suggested.join(" ") : null;
}
