import { findTerms, termForms } from "../lexicon/lexicon.js";
import type { Token } from "../lexicon/phrases.js";
import type { EntityCandidate } from "./candidates.js";

/**
 * Commodities and topics from the lexicon (src/lexicon): "bijih nikel" is commodity:nickel-ore, "hilirisasi"
 * topic:downstreaming. Terms marked generic (ekspor, investasi, nilai tambah) are left out: an article that
 * mentions exports is seldom about them. A proposal carries every form of the term as aliases, so search
 * finds it in both languages.
 */
export function findTermEntities(text: string, tokens: readonly Token[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const m of findTerms(text, { categories: ["commodity", "topic"], tokens, overlapping: true })) {
    const term = m.value;
    if (term.generic) continue;
    const aliases = termForms(term).filter((f) => f !== term.en);
    const span = { start: m.start, end: m.end };
    const confidence = m.to - m.from > 1 ? 0.8 : 0.7;
    if (term.category === "commodity") {
      out.push({
        span,
        rule: "commodity.lexicon",
        confidence,
        entity: { kind: "Commodity", id: term.key, name: term.en, aliases, category: term.commodityCategory },
      });
    } else if (term.category === "topic") {
      out.push({
        span,
        rule: "topic.lexicon",
        confidence,
        entity: { kind: "Topic", id: term.key, name: term.en, aliases },
      });
    }
  }
  return out;
}
