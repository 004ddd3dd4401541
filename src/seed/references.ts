import type { EntityKind } from "../model/kinds.js";
import { entityId, INDICATOR_PRODUCT_KINDS } from "../model/format.js";
import {
  ENDPOINTS,
  RELATIONSHIP_TYPES,
  selfLoopProblem,
  type RelationshipType,
} from "../model/relationships.js";
import { SPEAKER_KINDS, STATEMENT_ABOUT_KINDS, STATEMENT_PLACE_KINDS } from "../model/statements.js";
import { formatPlace, report, type Compilation, type ExternalReference, type Path } from "./compilation.js";
import type { ParsedFile } from "./parse.js";

/**
 * The check step of the seed compiler, once every file is merged: no relationship ties an entity to
 * itself, and every reference names a declared entity of a kind its relationship type may connect.
 */

/** One end of a reference from one entity to another: a relationship's from or to, a figure's subject. */
interface End {
  /** The path of the field that names the entity. */
  at: Path;
  id: string;
  type: RelationshipType;
  end: "from" | "to";
}

/**
 * Every reference a file makes: those of valid relationships and figures, and those of invalid ones as
 * far as they are written as ids (a relationship whose date is wrong still names its ends).
 */
function referencedEnds(p: ParsedFile): End[] {
  const ends: End[] = [];
  const add = (at: Path, id: unknown, type: RelationshipType, end: "from" | "to") => {
    if (entityId.safeParse(id).success) ends.push({ at, id: id as string, type, end });
  };
  const relationships = [
    ...p.relationships.map(({ index, value }) => ({ at: ["relationships", index], raw: value })),
    ...p.invalid.filter(({ at }) => at[0] === "relationships"),
  ];
  for (const { at, raw } of relationships) {
    const r = raw as Record<string, unknown>;
    const type = RELATIONSHIP_TYPES.find((t) => t === r.type && t !== "MEASURES");
    if (!type) continue;
    add([...at, "from"], r.from, type, "from");
    add([...at, "to"], r.to, type, "to");
  }
  const entities = [
    ...p.entities.map(({ index, value }) => ({ at: ["entities", index], raw: value })),
    ...p.invalid.filter(({ at }) => at[0] === "entities"),
  ];
  for (const { at, raw } of entities) {
    const e = raw as Record<string, unknown>;
    if (e.kind === "Indicator") add([...at, "subject"], e.subject, "MEASURES", "to");
  }
  return ends;
}

/** A statement's references: its speaker, what it is about and where it was made, with the kinds each allows. */
interface StatementReference {
  at: Path;
  id: string;
  kinds: readonly EntityKind[];
  field: string;
}

function statementReferences(p: ParsedFile): StatementReference[] {
  const refs: StatementReference[] = [];
  const add = (at: Path, id: unknown, kinds: readonly EntityKind[], field: string) => {
    if (entityId.safeParse(id).success) refs.push({ at, id: id as string, kinds, field });
  };
  const statements = [
    ...p.statements.map(({ index, value }) => ({ at: ["statements", index], raw: value })),
    ...p.invalid.filter(({ at }) => at[0] === "statements"),
  ];
  for (const { at, raw } of statements) {
    const s = raw as Record<string, unknown>;
    add([...at, "speaker"], s.speaker, SPEAKER_KINDS, "a statement's speaker");
    const about: unknown[] = Array.isArray(s.about) ? s.about : [];
    about.forEach((id, i) => {
      add([...at, "about", i], id, STATEMENT_ABOUT_KINDS, "a statement's about");
    });
    if (s.place !== undefined) add([...at, "place"], s.place, STATEMENT_PLACE_KINDS, "a statement's place");
  }
  // A figure's product: the commodity it counts.
  const entities = [
    ...p.entities.map(({ index, value }) => ({ at: ["entities", index], raw: value })),
    ...p.invalid.filter(({ at }) => at[0] === "entities"),
  ];
  for (const { at, raw } of entities) {
    const e = raw as Record<string, unknown>;
    if (e.kind === "Indicator" && e.product !== undefined)
      add([...at, "product"], e.product, INDICATOR_PRODUCT_KINDS, "a figure's product");
  }
  return refs;
}

/**
 * References are checked once every file is read, since an article may use an actor another declares.
 * An import may also refer to entities already in the graph: those are returned for the caller to check.
 * A reference to an entity whose declaration is not valid is not reported again.
 */
export function checkReferences(
  c: Compilation,
  parsed: readonly ParsedFile[],
  options: { external?: boolean },
): ExternalReference[] {
  const external: ExternalReference[] = [];
  const unknown = (p: ParsedFile, at: Path, id: string, kinds: readonly EntityKind[]) => {
    if (parsed.some((f) => f.invalidIds.has(id))) return;
    if (options.external) external.push({ id, kinds, file: p.file, at: formatPlace(at, p.lineOf(at)) });
    else report(c, p, at, `unknown entity ${id}`);
  };
  for (const p of parsed) {
    for (const { index, value: r } of p.relationships) {
      const loop = selfLoopProblem(r);
      if (loop) report(c, p, ["relationships", index, "to"], loop);
    }
    for (const { at, id, type, end } of referencedEnds(p)) {
      const kinds = ENDPOINTS[type][end === "from" ? 0 : 1];
      const target = c.entities.get(id);
      if (!target) unknown(p, at, id, kinds);
      else if (!kinds.includes(target.kind)) {
        report(
          c,
          p,
          at,
          `${type} cannot have a ${target.kind} (${id}) at its '${end}' end; expected ${kinds.join(" or ")}`,
        );
      }
    }
    for (const { at, id, kinds, field } of statementReferences(p)) {
      const target = c.entities.get(id);
      if (!target) unknown(p, at, id, kinds);
      else if (!kinds.includes(target.kind))
        report(c, p, at, `${field} cannot be a ${target.kind} (${id}); expected ${kinds.join(" or ")}`);
    }
  }
  return external;
}
