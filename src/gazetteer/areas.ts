import { readFileSync } from "node:fs";
import { slugify } from "../model/ids.js";
import { PROVINCE_NAMES } from "./province-names.js";

/**
 * Indonesia's administrative areas with their official codes (areas.tsv, generated from idn-area-data by
 * scripts/generate-areas.ts): 38 provinces, 514 regencies and cities, 7,285 districts. A code says where an
 * area lies: district 32.16.07 (Cibitung) is in regency 32.16 (Kabupaten Bekasi), in province 32 (Jawa Barat).
 */

export type AreaLevel = "PROVINCE" | "REGENCY" | "CITY" | "DISTRICT";

export interface Area {
  /** The official code (Kemendagri): NN, NN.NN or NN.NN.NN. */
  code: string;
  /** The official name: "Sumatera Utara", "Kabupaten Batu Bara", "Kota Medan", "Cibitung". */
  name: string;
  level: AreaLevel;
  /** The name without "Kabupaten" or "Kota" (and "Administrasi"): "Batu Bara", "Medan". */
  bare: string;
  /** The code of the area it lies in. */
  parent?: string;
  /** The place id a draft proposes for it when the graph does not have it. */
  id: string;
}

const PREFIX = /^(Kabupaten|Kota)(?: Administrasi)? /;

function levelOf(code: string, name: string): AreaLevel {
  const parts = code.split(".").length;
  if (parts === 1) return "PROVINCE";
  if (parts === 3) return "DISTRICT";
  return name.startsWith("Kota ") ? "CITY" : "REGENCY";
}

function readAreas(): Omit<Area, "id">[] {
  const text = readFileSync(new URL("./areas.tsv", import.meta.url), "utf8");
  return text
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const [code = "", name = ""] = line.split("\t");
      const level = levelOf(code, name);
      const short = level === "PROVINCE" ? PROVINCE_NAMES[code]?.short : undefined;
      const parent = code.includes(".") ? code.slice(0, code.lastIndexOf(".")) : undefined;
      return { code, name, level, bare: short ?? name.replace(PREFIX, ""), ...(parent ? { parent } : {}) };
    });
}

/**
 * Ids are readable and do not depend on the article: a province by its name (place:sumatera-utara), a
 * regency as place:kabupaten-<name>, a city by its name (place:medan) unless a province or regency has the
 * same name (place:kota-bekasi beside place:kabupaten-bekasi), a district by its name where no other area
 * has it (place:sei-suka) and otherwise with its regency's (place:cibitung-bekasi). The official code stays
 * with the proposal, so that nothing depends on the slug.
 */
function withIds(areas: Omit<Area, "id">[]): Area[] {
  const count = (areasOf: Omit<Area, "id">[]) => {
    const n = new Map<string, number>();
    for (const a of areasOf) n.set(slugify(a.bare), (n.get(slugify(a.bare)) ?? 0) + 1);
    return (a: Omit<Area, "id">) => (n.get(slugify(a.bare)) ?? 0) > 1;
  };
  const sharedAbove = count(areas.filter((a) => a.level !== "DISTRICT"));
  const shared = count(areas);
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const first = areas.map((a) => {
    const slug = slugify(a.bare);
    if (a.level === "PROVINCE") return slug;
    if (a.level === "REGENCY") return `kabupaten-${slug}`;
    if (a.level === "CITY") return sharedAbove(a) ? `kota-${slug}` : slug;
    return shared(a) ? `${slug}-${slugify(byCode.get(a.parent ?? "")?.bare ?? "")}` : slug;
  });
  // Two districts of one name in a regency and a city of one name (Sorong): the code tells them apart.
  const taken = new Map<string, number>();
  for (const id of first) taken.set(id, (taken.get(id) ?? 0) + 1);
  return areas.map((a, i) => {
    const id = first[i] ?? a.code;
    return { ...a, id: `place:${(taken.get(id) ?? 0) > 1 ? `${id}-${a.code.replace(/\./g, "-")}` : id}` };
  });
}

export const AREAS: readonly Area[] = withIds(readAreas());

const BY_CODE = new Map(AREAS.map((a) => [a.code, a]));

export function areaByCode(code: string): Area | undefined {
  return BY_CODE.get(code);
}

/** The areas an area lies in, nearest first: Cibitung → Kabupaten Bekasi → Jawa Barat. */
export function ancestorsOf(area: Area): Area[] {
  const out: Area[] = [];
  for (let p = area.parent; p !== undefined; p = BY_CODE.get(p)?.parent) {
    const a = BY_CODE.get(p);
    if (a) out.push(a);
  }
  return out;
}

/** Whether `inner` lies in `outer` (or is it). */
export function liesIn(inner: Area, outer: Area): boolean {
  return inner.code === outer.code || inner.code.startsWith(`${outer.code}.`);
}

/** A description that keeps the official code, for the proposal (the seed format has no field for it). */
export function describeArea(area: Area): string {
  const kinds: Record<AreaLevel, string> = {
    PROVINCE: "Province of Indonesia",
    REGENCY: "Regency (kabupaten)",
    CITY: "City (kota)",
    DISTRICT: "District (kecamatan)",
  };
  const within = ancestorsOf(area).map((a) => a.name);
  const where = within.length > 0 ? ` in ${within.join(", ")}` : "";
  const indonesia = area.level === "PROVINCE" ? "" : ", Indonesia";
  return `${kinds[area.level]}${where}${indonesia}; official area code ${area.code} (Kemendagri).`;
}
