import { slugify } from "../model/ids.js";
import { findTerms, lookupTerm } from "../lexicon/lexicon.js";
import type { Token } from "../lexicon/phrases.js";
import type { EntityCandidate, RelationshipCandidate } from "./candidates.js";
import { isCapitalised } from "./names.js";
import { NOT_NAME_WORDS } from "./vocabulary.js";

/**
 * Named facilities: a facility word the text capitalises as part of a name, then the name ("Kawasan
 * MM2100", "Kawasan Industri Jababeka", "PLTU Suralaya", "Smelter Manyar", "Kilang Balikpapan"). Generic
 * mentions ("pabrik peleburan di Kabupaten Batubara") name no facility and are left to the reviewer.
 */

/** Facility words that begin names; "pabrik" and "pembangkit" too seldom do. */
const NAMING_FORMS = /^(?:Kawasan(?: Industri)?|KI|PLT[A-Z]{1,3}|Smelter|Kilang)$/;

function nameEnd(tokens: readonly Token[], from: number): number {
  let to = from;
  while (to < tokens.length && to - from < 4) {
    const t = tokens[to];
    if (!t || (to > from && t.gap !== " ") || (to === from && t.gap !== " ")) break;
    if (!(isCapitalised(t.text) || /\d/.test(t.text)) || NOT_NAME_WORDS.has(t.text)) break;
    to++;
  }
  return to;
}

export interface FoundFacilities {
  facilities: EntityCandidate[];
  /** "Kawasan MM2100, Cibitung": where the text puts it (resolved against the places found). */
  locatedAfter: { facility: EntityCandidate; at: number }[];
}

export function findFacilities(text: string, tokens: readonly Token[]): FoundFacilities {
  const found: FoundFacilities = { facilities: [], locatedAfter: [] };
  for (const m of findTerms(text, { categories: ["facility"], caseRule: "capitalised", tokens })) {
    const term = m.value;
    if (term.category !== "facility" || !NAMING_FORMS.test(m.text.replace(/\s+/g, " "))) continue;
    const to = nameEnd(tokens, m.to);
    if (to === m.to) continue;
    const end = tokens[to - 1]?.end ?? m.end;
    const name = text.slice(m.start, end).replace(/\s+/g, " ");
    // "Kawasan Ekonomi Khusus" is a kind of zone (a lexicon term), not the name of one.
    if (lookupTerm(name).length > 0) continue;
    const own = text.slice(tokens[m.to]?.start ?? m.end, end);
    const facility: EntityCandidate = {
      span: { start: m.start, end },
      rule: "facility.named",
      confidence: 0.75,
      entity: {
        kind: "Facility",
        id: `facility:${slugify(own)}`,
        name,
        aliases: [own],
        type: term.facilityType,
      },
    };
    found.facilities.push(facility);
    if (/^\s*,\s*$/.test(text.slice(end, tokens[to]?.start ?? end)))
      found.locatedAfter.push({ facility, at: to });
  }
  return found;
}

/** LOCATED_IN from a facility to the place right after it, where a place was found there. */
export function facilitiesLocatedIn(
  found: FoundFacilities,
  places: readonly EntityCandidate[],
  tokens: readonly Token[],
) {
  const out: RelationshipCandidate[] = [];
  for (const { facility, at } of found.locatedAfter) {
    const start = tokens[at]?.start;
    const place = places.find((p) => p.span.start === start && p.entity.kind === "Place");
    if (!place) continue;
    out.push({
      span: { start: facility.span.start, end: place.span.end },
      rule: "facility.located-in-next-place",
      confidence: 0.8,
      relationship: { type: "LOCATED_IN", from: facility.entity.id, to: place.entity.id },
    });
  }
  return out;
}
