import { AREAS, describeArea, liesIn, type Area } from "../gazetteer/areas.js";
import { COUNTRIES, REGIONS, type CountryOrRegion } from "../gazetteer/countries.js";
import { PROVINCE_NAMES } from "../gazetteer/province-names.js";
import { slugify } from "../model/ids.js";
import { longestFirst, PhraseMatcher, tokenize, type PhraseMatch, type Token } from "../lexicon/phrases.js";
import type { EntityCandidate, EntityDraftOf, RelationshipCandidate } from "./candidates.js";
import type { Span } from "./types.js";

/**
 * Places: Indonesia's administrative areas from the gazetteer (src/gazetteer), countries and world regions,
 * and places below district level only where the text itself says what they are ("Desa Sei Suka") or puts
 * them inside a known place ("di Kuala Tanjung, Sumatera Utara"); those are AREA with no code, since the
 * gazetteer does not hold them and a draft never invents a code.
 *
 * A name written with its level ("Kabupaten Toba", "Kota Medan", "Provinsi Riau", "Kecamatan Cibitung") is
 * taken as it is. A bare name is taken when its kind of area is usually named bare (provinces, cities) or
 * when the text ties it down: named in full elsewhere in the article ("Kabupaten Batubara" … "di Batubara
 * ini"), followed by the area that contains it ("Cibitung, Bekasi"), or after a locative "di".
 */

interface PlaceName {
  area?: Area;
  country?: CountryOrRegion;
  /** Written with its level ("Kabupaten …", "Kota …", "Provinsi …"), or an official or English full name. */
  full: boolean;
}

/** Bare names of cities and regencies that are more often common words or something else. */
const NOT_BARE = new Set([
  "Batu",
  "Metro",
  "Banjar",
  "Bima",
  "Tual",
  "Bone",
  "Puncak",
  "Pati",
  "Agam",
  "Kota",
]);

function joinedVariant(name: string): string | undefined {
  // "Batu Bara" is also written "Batubara", "Labuhanbatu" is "Labuhan Batu" in older texts.
  return name.includes(" ") && name.split(" ").length === 2 ? name.replace(" ", "") : undefined;
}

function areaForms(area: Area): [string, boolean][] {
  const forms: [string, boolean][] = [];
  const add = (bare: string) => {
    if (area.level === "PROVINCE")
      forms.push([bare, true], [`Provinsi ${bare}`, true], [`Prov. ${bare}`, true]);
    if (area.level === "REGENCY") {
      forms.push(
        [`Kabupaten ${bare}`, true],
        [`Kab. ${bare}`, true],
        [`${bare} Regency`, true],
        [bare, false],
      );
    }
    if (area.level === "CITY") forms.push([`Kota ${bare}`, true], [`${bare} City`, true], [bare, false]);
    if (area.level === "DISTRICT")
      forms.push([`Kecamatan ${bare}`, true], [`Kec. ${bare}`, true], [bare, false]);
  };
  add(area.bare);
  const joined = joinedVariant(area.bare);
  if (joined) add(joined);
  // The official name, where it is not the bare one already added ("Daerah Khusus Ibukota Jakarta").
  if (area.level === "PROVINCE" && area.name !== area.bare) forms.push([area.name, true]);
  const names = area.level === "PROVINCE" ? PROVINCE_NAMES[area.code] : undefined;
  for (const other of names ? [names.english, ...names.other] : []) forms.push([other, true]);
  return forms;
}

function buildMatcher(): PhraseMatcher<PlaceName> {
  const matcher = new PhraseMatcher<PlaceName>();
  const caseRule = (form: string) => (/\b\p{Lu}{2,}\b/u.test(form) ? "exact" : "capitalised");
  for (const area of AREAS) {
    for (const [form, full] of areaForms(area)) {
      if (!full && NOT_BARE.has(form)) continue;
      matcher.add(form, { area, full }, caseRule(form));
    }
  }
  for (const place of [...COUNTRIES, ...REGIONS]) {
    for (const form of [place.name, ...place.names])
      matcher.add(form, { country: place, full: true }, caseRule(form));
  }
  return matcher;
}

const MATCHER = buildMatcher();

type Match = PhraseMatch<PlaceName>;

/** One past the last token of an Indonesian province, regency or city named from token `i`, or `i`. */
export function areaNameEnd(tokens: readonly Token[], i: number): number {
  const rest = tokens.slice(i, i + 6);
  const ends = MATCHER.matchAll(rest)
    .filter((m) => m.from === 0 && m.value.area && m.value.area.level !== "DISTRICT")
    .map((m) => m.to);
  return ends.length > 0 ? i + Math.max(...ends) : i;
}

/** Matches grouped by the span they cover, longest spans first where spans overlap. */
function spansOf(matches: Match[]): Match[][] {
  const bySpan = new Map<string, Match[]>();
  for (const m of matches) {
    const key = `${m.start}-${m.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), m]);
  }
  const heads = longestFirst(
    [...bySpan.values()].flatMap((group) =>
      group[0] ? [{ start: group[0].start, end: group[0].end, group }] : [],
    ),
  );
  return heads.map((h) => h.group);
}

const LOCATIVE = /(?:^|\s)(?:di|ke|dari|asal|wilayah|daerah)\s+$/i;

interface Candidates {
  group: Match[];
  areas: { area: Area; full: boolean }[];
}

interface Settled {
  area: Area;
  rule: string;
  confidence: number;
}

const commaBetween = (text: string, left: Match[], right: Match[]) =>
  left[0] !== undefined &&
  right[0] !== undefined &&
  /^\s*,\s*$/.test(text.slice(left[0].end, right[0].start));

/** Of several areas of one name, the larger (a province before its capital city), less surely. */
function pick(list: { area: Area }[], rule: string, confidence: number): Settled | undefined {
  const one = [...list].sort((a, b) => a.area.code.length - b.area.code.length)[0];
  return one
    ? { area: one.area, rule, confidence: list.length === 1 ? confidence : confidence - 0.2 }
    : undefined;
}

/**
 * What the text itself says about a name: its level ("Kabupaten …"), the area after it that contains it
 * ("Cibitung, Bekasi"), or the area before it that it contains ("Bekasi" after "Cibitung,").
 */
function settleByText(
  c: Candidates,
  next: Candidates | undefined,
  previous: Settled | undefined,
): Settled | undefined {
  const full = c.areas.filter((a) => a.full);
  const outer = next?.areas.map((a) => a.area) ?? [];
  const within = (list: typeof c.areas) =>
    list.filter((a) => outer.some((o) => o !== a.area && liesIn(a.area, o)));
  if (full.length > 0) {
    const inside = within(full);
    const level = full[0]?.area.level.toLowerCase() ?? "area";
    return pick(inside.length > 0 ? inside : full, `place.${level}`, 0.95);
  }
  const inside = within(c.areas);
  if (inside.length > 0) return pick(inside, "place.within-next-place", 0.85);
  const containing = previous
    ? c.areas.filter((a) => a.area !== previous.area && liesIn(previous.area, a.area))
    : [];
  if (containing.length > 0) return pick(containing, "place.contains-previous-place", 0.85);
  return undefined;
}

/** A bare name the text did not settle: the same area settled elsewhere, or a kind usually named bare. */
function settleByArticle(c: Candidates, settled: Area[], text: string): Settled | undefined {
  const same = c.areas.filter((a) => settled.includes(a.area));
  if (same.length > 0) return pick(same, "place.named-elsewhere", 0.85);
  const usuallyBare = c.areas.filter((a) => a.area.level === "PROVINCE" || a.area.level === "CITY");
  if (usuallyBare.length > 0) return pick(usuallyBare, "place.bare-name", 0.75);
  const start = c.group[0]?.start ?? 0;
  const regencies = c.areas.filter((a) => a.area.level === "REGENCY");
  if (regencies.length > 0 && LOCATIVE.test(text.slice(Math.max(0, start - 12), start))) {
    return pick(regencies, "place.after-locative", 0.6);
  }
  return undefined;
}

/** The areas a group's matches name, each once (full where any of its forms is). */
function distinctAreas(group: Match[]): { area: Area; full: boolean }[] {
  const byCode = new Map<string, { area: Area; full: boolean }>();
  for (const m of group) {
    const area = m.value.area;
    if (area) byCode.set(area.code, { area, full: m.value.full || (byCode.get(area.code)?.full ?? false) });
  }
  return [...byCode.values()];
}

/** Each group's area: first what the text says next to each name, then what the article settled elsewhere. */
function settleAll(groups: Match[][], text: string): (Settled | undefined)[] {
  const all: Candidates[] = groups.map((group) => ({
    group,
    areas: distinctAreas(group),
  }));
  const byText: (Settled | undefined)[] = [];
  all.forEach((c, i) => {
    const after = all[i + 1];
    const before = all[i - 1];
    const next = after && commaBetween(text, c.group, after.group) ? after : undefined;
    const prev = before && commaBetween(text, before.group, c.group) ? byText[i - 1] : undefined;
    byText.push(settleByText(c, next, prev));
  });
  const settled = byText.flatMap((s) => (s ? [s.area] : []));
  return all.map((c, i) => byText[i] ?? (c.areas.length > 0 ? settleByArticle(c, settled, text) : undefined));
}

function areaEntity(area: Area, written: string): EntityDraftOf {
  const aliases = [
    ...new Set([written, area.name, area.bare].filter((a) => a !== area.name || written !== a)),
  ];
  const english = area.level === "PROVINCE" ? PROVINCE_NAMES[area.code]?.english : undefined;
  return {
    kind: "Place",
    id: area.id,
    name: area.level === "PROVINCE" ? area.bare : area.name,
    aliases: [...new Set([...aliases, ...(english ? [english] : [])])].filter((a) => a !== area.name),
    description: describeArea(area),
    type: area.level,
    country: "ID",
  };
}

function countryEntity(place: CountryOrRegion): EntityDraftOf {
  return {
    kind: "Place",
    id: place.id,
    name: place.name,
    aliases: place.names,
    type: place.iso ? "COUNTRY" : "AREA",
    ...(place.iso ? { country: place.iso } : {}),
  };
}

/** Capitalised words right before a comma and a found place, after "di": a place the gazetteer lacks. */
const AREA_BEFORE_PLACE = /\bdi\s+((?:\p{Lu}[\p{L}'-]*\s){0,3}\p{Lu}[\p{L}'-]*)\s*,\s*$/u;
/** Words that begin the names of buildings, estates and bodies, which are not areas. */
const NOT_AN_AREA =
  /^(?:Kawasan|Pabrik|Gedung|Kantor|Hotel|Bandara|Pelabuhan|Jalan|Jl|PT|CV|Universitas|Balai|Istana|Wisma|Graha|Menara|Rumah|Pusat|Desa|Kelurahan)\b/u;
/** "Desa Sei Suka", "Kelurahan Kuala Tanjung": the text says what the place is. */
const VILLAGE =
  /\b(Desa|Kelurahan|Kampung|Dusun|Nagari|Gampong)\s+((?:\p{Lu}[\p{L}'-]*\s){0,3}\p{Lu}[\p{L}'-]*)/gu;

function areaCandidate(
  name: string,
  span: Span,
  rule: string,
  confidence: number,
  note: string,
): EntityCandidate {
  return {
    span,
    rule,
    confidence,
    note,
    entity: { kind: "Place", id: `place:${slugify(name)}`, name, aliases: [], type: "AREA", country: "ID" },
  };
}

export interface FoundPlaces {
  places: EntityCandidate[];
  /** "X, Y" where the gazetteer (or the text) puts X inside Y. */
  locatedIn: RelationshipCandidate[];
}

/** The places a text names, each mention a candidate. */
export function findPlaces(text: string, tokens: Token[] = tokenize(text)): FoundPlaces {
  const groups = spansOf(MATCHER.matchAll(tokens));
  const settled = settleAll(groups, text);
  const places: EntityCandidate[] = [];
  const areaOf = new Map<EntityCandidate, Area>();
  groups.forEach((group, i) => {
    const first = group[0];
    if (!first) return;
    const span = { start: first.start, end: first.end };
    const country = group.find((m) => m.value.country)?.value.country;
    const area = settled[i];
    if (country) {
      const rule = country.iso ? "place.country" : "place.region";
      places.push({ span, rule, confidence: 0.9, entity: countryEntity(country) });
    } else if (area) {
      const entity = areaEntity(area.area, text.slice(span.start, span.end));
      const candidate = { span, rule: area.rule, confidence: area.confidence, entity };
      places.push(candidate);
      areaOf.set(candidate, area.area);
    }
  });
  const extra = findUnlistedAreas(text, places);
  return { places: [...places, ...extra], locatedIn: locatedIn(text, [...places, ...extra], areaOf) };
}

function findUnlistedAreas(text: string, places: EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const place of places) {
    const before = text.slice(Math.max(0, place.span.start - 80), place.span.start);
    const m = AREA_BEFORE_PLACE.exec(before);
    const name = m?.[1];
    if (!m || !name || NOT_AN_AREA.test(name)) continue;
    const start = place.span.start - before.length + m.index + m[0].indexOf(name);
    if (places.some((p) => p.span.start <= start && start < p.span.end)) continue;
    out.push(
      areaCandidate(
        name,
        { start, end: start + name.length },
        "place.area-before-place",
        0.6,
        `not in the gazetteer; the text places it in ${place.entity.name}`,
      ),
    );
  }
  for (const m of text.matchAll(VILLAGE)) {
    const [, level = "", name = ""] = m;
    const start = m.index + m[0].indexOf(name);
    out.push(
      areaCandidate(
        name,
        { start, end: start + name.length },
        "place.village",
        0.75,
        `a ${level.toLowerCase()} (village), below the districts the gazetteer holds`,
      ),
    );
  }
  return out;
}

/**
 * "X, Y" where Y contains X: the gazetteer must agree for its own areas ("Cibitung, Bekasi"), while a place
 * it lacks takes the text's word ("Kuala Tanjung, Sumatera Utara"). Lists ("Jakarta, Medan, Surabaya") do
 * not pass, since no city of the list contains the next.
 */
function locatedIn(
  text: string,
  places: EntityCandidate[],
  areaOf: Map<EntityCandidate, Area>,
): RelationshipCandidate[] {
  const ordered = [...places].sort((a, b) => a.span.start - b.span.start);
  const out: RelationshipCandidate[] = [];
  ordered.forEach((inner, i) => {
    const outer = ordered[i + 1];
    if (!outer || !/^\s*,\s*$/.test(text.slice(inner.span.end, outer.span.start))) return;
    const innerArea = areaOf.get(inner);
    const outerArea = areaOf.get(outer);
    const confirmed = innerArea !== undefined && outerArea !== undefined && liesIn(innerArea, outerArea);
    const unlisted = inner.entity.kind === "Place" && inner.entity.type === "AREA" && outerArea !== undefined;
    if (inner.entity.id === outer.entity.id || !(confirmed || unlisted)) return;
    out.push({
      span: { start: inner.span.start, end: outer.span.end },
      rule: confirmed ? "place.located-in-gazetteer" : "place.located-in-next-place",
      confidence: confirmed ? 0.95 : 0.7,
      relationship: { type: "LOCATED_IN", from: inner.entity.id, to: outer.entity.id },
    });
  });
  return out;
}
