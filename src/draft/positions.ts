import { slugify } from "../model/ids.js";
import { findTerms } from "../lexicon/lexicon.js";
import type { Token } from "../lexicon/phrases.js";
import type { TitleTerm } from "../lexicon/terms.js";
import type { EntityCandidate, EntityDraftOf, RelationshipCandidate } from "./candidates.js";
import { readName, readNameBefore, type TokenRange } from "./names.js";
import { bracketAcronym, inferOrganization, organizationDraft } from "./organizations.js";
import { areaNameEnd } from "./places.js";
import { INSTITUTION_WORDS, NAME_JOINERS } from "./vocabulary.js";

/**
 * Positions: a title, the organization it is held in, and the person who holds it, in either order:
 * "Direktur Jenderal ILMATE Kemenperin Taufiek Bawazier", "Sekretaris Jenderal Kemenperin, Eko SA Cahyanto",
 * "Budi Santoso, Kepala Dinas Perindustrian Jawa Barat". A title that names its unit by itself makes the
 * unit an organization: "Direktur Jenderal Ketahanan, Perwilayahan, dan Akses Industri Internasional
 * (KPAII) Kemenperin" heads the Direktorat Jenderal of that name, a unit of Kemenperin; "Sekretaris
 * Jenderal Kemenperin" heads Kemenperin's Sekretariat Jenderal; "Menteri Perindustrian" heads the
 * Kementerian Perindustrian.
 */

export interface FoundPositions {
  people: EntityCandidate[];
  /** Units the titles name (directorates-general, secretariats, ministries, local governments). */
  organizations: EntityCandidate[];
  relationships: RelationshipCandidate[];
}

/** Where a mention found before (known entity, organization, place) starts: its token range. */
export interface MentionAt {
  candidate: EntityCandidate;
  range: TokenRange;
}

interface OrgPart {
  /** Words of the title's own unit right after it ("Ketahanan, Perwilayahan, ... Internasional"). */
  unitWords?: TokenRange;
  unitAcronym?: string;
  /** Organizations named after the title, in order. */
  orgs: EntityCandidate[];
  /** Places named after the title ("Gubernur Jawa Barat", "Tokoh Masyarakat Batubara"). */
  places: EntityCandidate[];
  /** One past the last token of the part. */
  to: number;
}

const SUB_UNITS = new Set(["DIRECTORATE_GENERAL", "SECRETARIAT_GENERAL"]);

function typeOf(org: EntityDraftOf): string {
  // A known entity without its declaration has no type here: its name says it.
  const declared: string | undefined = org.kind === "Organization" ? org.type : undefined;
  return declared ?? inferOrganization(org.name).type;
}

/** The organization part after a title: its unit's own words, then organizations and places, then a comma. */
function readOrgPart(
  text: string,
  tokens: readonly Token[],
  from: number,
  at: Map<number, MentionAt>,
  /** After a regional title ("Bupati", "Gubernur"): a bare area name is the region's. */
  regional = false,
): OrgPart {
  const part: OrgPart = { orgs: [], places: [], to: from };
  let i = from;
  const unitFrom = i;
  while (i < tokens.length && !at.has(i)) {
    const t = tokens[i];
    const joiner = t && NAME_JOINERS.has(t.text) && i > unitFrom;
    if (!t || !(INSTITUTION_WORDS.has(t.text) || joiner) || !(i === from || t.gap === " " || t.gap === ", "))
      break;
    i++;
  }
  while (i > unitFrom && NAME_JOINERS.has(tokens[i - 1]?.text ?? "")) i--;
  if (i > unitFrom) {
    part.unitWords = { from: unitFrom, to: i };
    const bracket = bracketAcronym(text, tokens, i);
    if (bracket) {
      part.unitAcronym = bracket.acronym;
      i = bracket.to;
    }
  }
  for (;;) {
    const m = at.get(i);
    const gap = tokens[i]?.gap ?? "";
    if (!m || !(i === from || gap === " " || /^\)?\s$/.test(gap) || (part.unitWords && /^\)\s*$/.test(gap))))
      break;
    if (m.candidate.entity.kind === "Organization") part.orgs.push(m.candidate);
    else if (m.candidate.entity.kind === "Place") part.places.push(m.candidate);
    else break;
    i = m.range.to;
    const bracket = bracketAcronym(text, tokens, i);
    if (bracket) i = bracket.to;
  }
  if (regional && part.orgs.length === 0 && part.places.length === 0 && !part.unitWords) {
    // "Wakil Bupati Kolaka": after a regional title a bare name is the region's, which the place rules
    // may have left unsettled.
    const end = areaNameEnd(tokens, i);
    const start = tokens[i]?.start ?? 0;
    const last = tokens[end - 1]?.end ?? start;
    if (end > i) {
      const name = text.slice(start, last);
      part.places.push({
        span: { start, end: last },
        rule: "place.after-regional-title",
        confidence: 0.6,
        entity: { kind: "Place", id: `place:${slugify(name)}`, name, aliases: [], type: "AREA" },
      });
      i = end;
    }
  }
  part.to = i;
  return part;
}

function unitName(title: TitleTerm, words: string): string {
  return `${title.unit?.id ?? ""} ${words}`.trim();
}

/** The organization a position is held in, any unit the title makes, and the unit's parent. */
function positionOrg(
  text: string,
  tokens: readonly Token[],
  title: TitleTerm,
  part: OrgPart,
): { org?: EntityCandidate; unit?: EntityCandidate; parent?: EntityCandidate } {
  const first = part.orgs[0];
  if (title.unit && part.unitWords) {
    const start = tokens[part.unitWords.from]?.start ?? 0;
    const end = tokens[part.unitWords.to - 1]?.end ?? start;
    const words = text.slice(start, end).replace(/\s+/g, " ");
    // "Dinas Perindustrian Jawa Barat", "Kementerian Industri dan Teknologi Informasi China": the places
    // after the unit's words are part of its name.
    const where = part.places.map((p) => text.slice(p.span.start, p.span.end)).join(" ");
    const name = unitName(title, where ? `${words} ${where}` : words);
    const entity = organizationDraft(name, part.unitAcronym ? [part.unitAcronym] : []);
    const unit: EntityCandidate = {
      span: { start, end },
      rule: "org.unit-from-title",
      confidence: 0.75,
      entity,
    };
    return { org: unit, unit, ...(first ? { parent: first } : {}) };
  }
  if (title.unit?.type === "GOVERNMENT" && !first && part.places[0]) {
    // "Gubernur Jawa Barat", "Bupati Batubara": the head of that province's or regency's government.
    const place = part.places[0];
    const entity = organizationDraft(
      `${title.unit.id} ${place.entity.name.replace(/^(?:Kabupaten|Kota|Provinsi) /, "")}`,
    );
    const unit: EntityCandidate = {
      span: place.span,
      rule: "org.government-from-title",
      confidence: 0.7,
      entity,
    };
    return { org: unit, unit };
  }
  if (!first) return {};
  if (title.unit && SUB_UNITS.has(title.unit.type) && typeOf(first.entity) === "MINISTRY") {
    // "Sekretaris Jenderal Kemenperin": the ministry's secretariat-general, a unit of it.
    const local = first.entity.id.replace(/^org:/, "");
    const entity: EntityDraftOf = {
      ...organizationDraft(`${title.unit.id} ${first.entity.name}`),
      id: `org:${local}-${slugify(title.unit.en)}`,
    };
    const unit: EntityCandidate = { span: first.span, rule: "org.unit-from-title", confidence: 0.75, entity };
    return { org: unit, unit, parent: first };
  }
  const second = part.orgs[1];
  const parent = second && SUB_UNITS.has(typeOf(first.entity)) ? second : undefined;
  return { org: first, ...(parent ? { parent } : {}) };
}

function personCandidate(
  text: string,
  tokens: readonly Token[],
  name: TokenRange,
  rule: string,
): EntityCandidate {
  const start = tokens[name.from]?.start ?? 0;
  const end = tokens[name.to - 1]?.end ?? start;
  const written = text.slice(start, end).replace(/\s+/g, " ");
  return {
    span: { start, end },
    rule,
    confidence: 0.85,
    entity: { kind: "Person", id: `person:${slugify(written)}`, name: written, aliases: [] },
  };
}

/** Positions stated in the text, with the people who hold them and the units their titles name. */
export function findPositions(
  text: string,
  tokens: readonly Token[],
  at: Map<number, MentionAt>,
  observedOn?: string,
): FoundPositions {
  const found: FoundPositions = { people: [], organizations: [], relationships: [] };
  for (const match of findTerms(text, { categories: ["title"], caseRule: "capitalised", tokens })) {
    const title = match.value;
    if (title.category !== "title" || at.has(match.from)) continue;
    // "Kepala Dinas Perindustrian Jawa Barat": the organization's name begins inside the title.
    let orgFrom = match.to;
    for (let k = match.from + 1; k < match.to; k++)
      if (at.get(k)?.candidate.entity.kind === "Organization") orgFrom = k;
    const part = readOrgPart(text, tokens, orgFrom, at, title.unit?.type === "GOVERNMENT");
    const after = tokens[part.to];
    const known = at.get(part.to);
    const joined = after !== undefined && /^\)?\s?,?\s?$/.test(after.gap);
    let name = joined
      ? known?.candidate.entity.kind === "Person"
        ? known.range
        : readName(tokens, part.to)
      : undefined;
    let rule = "person.after-title";
    let spanStart = match.start;
    let spanEnd = name ? (tokens[name.to - 1]?.end ?? match.end) : match.end;
    if (!name && /^\s*,\s*$/.test(tokens[match.from]?.gap ?? "")) {
      // "Budi Santoso, Kepala Dinas …": the name before the title.
      name = readNameBefore(tokens, match.from);
      rule = "person.before-title";
      spanStart = tokens[name?.from ?? match.from]?.start ?? match.start;
      spanEnd = tokens[part.to - 1]?.end ?? match.end;
    }
    const knownPerson = name ? at.get(name.from)?.candidate : undefined;
    if (!name || (knownPerson && knownPerson.entity.kind !== "Person")) continue;
    const person = knownPerson ? { ...knownPerson } : personCandidate(text, tokens, name, rule);
    person.statedBy = { start: spanStart, end: Math.max(spanEnd, match.end) };
    found.people.push(person);
    const { org, unit, parent } = positionOrg(text, tokens, title, part);
    // A unit is stated by its title and words together: "Menteri Perindustrian", not "Perindustrian".
    if (unit) unit.statedBy = { start: Math.min(match.start, unit.span.start), end: unit.span.end };
    if (unit) found.organizations.push(unit);
    if (!org) continue;
    const span = { start: spanStart, end: Math.max(spanEnd, match.end) };
    found.relationships.push({
      span,
      rule: rule === "person.after-title" ? "position.title-before-name" : "position.title-after-name",
      confidence: unit ? 0.75 : 0.85,
      relationship: {
        type: "HOLDS_POSITION",
        from: person.entity.id,
        to: org.entity.id,
        title: match.text.replace(/\s+/g, " "),
        titleEn: title.en,
        ...(observedOn ? { observedOn } : {}),
      },
    });
    if (parent && unit !== parent) {
      const unitOf = unit ?? org;
      found.relationships.push({
        span: { start: unitOf.span.start, end: parent.span.end },
        rule: "org.unit-of-next-org",
        confidence: 0.8,
        relationship: { type: "UNIT_OF", from: unitOf.entity.id, to: parent.entity.id },
      });
    }
  }
  return found;
}
