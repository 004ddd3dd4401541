import type { ResultOf } from "@graphql-typed-document-node/core";
import { request } from "../api.js";
import { EntityPage, Neighborhood } from "../documents.js";
import { entityHref, entityLink, h } from "../dom.js";
import { quotes } from "../evidence.js";
import { show, showNotFound } from "../layout.js";
import { drawNetwork } from "../network.js";

/** #/entity/<id>[?asOf=YYYY-MM-DD]: an entity, its positions, figures, evidence, network and relationships. */

type Entity = NonNullable<ResultOf<typeof EntityPage>["entity"]>;
type NeighborhoodResult = ResultOf<typeof Neighborhood>["neighborhood"];

function asOfForm(entity: Entity, asOf: string | null): HTMLFormElement {
  const form = h(
    "form",
    { id: "as-of-form" },
    h("label", { for: "as-of" }, "Positions as of (YYYY-MM-DD)"),
    h("input", { id: "as-of", name: "asOf", type: "date", value: asOf ?? "" }),
    h("button", { type: "submit" }, "Apply"),
    asOf ? h("a", { href: entityHref(entity.id) }, "all dates") : null,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = (form.querySelector("#as-of") as HTMLInputElement).value;
    location.hash = `${entityHref(entity.id)}${value ? `?asOf=${value}` : ""}`;
  });
  return form;
}

function positionsSection(entity: Entity, asOf: string | null): HTMLElement | null {
  if (!("positions" in entity)) return null;
  return h(
    "section",
    { "aria-labelledby": "positions-heading" },
    h("h2", { id: "positions-heading" }, "Positions"),
    asOfForm(entity, asOf),
    entity.positions.length === 0
      ? h(
          "p",
          { class: "muted" },
          asOf ? `Nobody is known to hold a position here on ${asOf}.` : "None known.",
        )
      : h(
          "ul",
          { class: "plain" },
          entity.positions.map((p) =>
            h(
              "li",
              {},
              "person" in p ? entityLink(p.person) : entityLink(p.organization),
              `: ${p.title}${p.titleEn && p.titleEn !== p.title ? ` (${p.titleEn})` : ""}`,
              h(
                "span",
                { class: "muted" },
                ` observed ${p.observedOn ?? "undated"}${p.inferredSpan ? ", span inferred" : ""}`,
              ),
            ),
          ),
        ),
  );
}

function figuresSection(entity: Entity): HTMLElement | null {
  if (!entity.indicators.length) return null;
  return h(
    "section",
    {},
    h("h2", {}, "Figures"),
    h(
      "ul",
      { class: "plain" },
      entity.indicators.map((i) =>
        h(
          "li",
          {},
          entityLink(i),
          "value" in i
            ? h(
                "span",
                { class: "muted" },
                ` ${i.value.toLocaleString("en")} ${i.unit}${i.period ? `, ${i.period}` : ""} (${i.basis.toLowerCase()})`,
              )
            : null,
        ),
      ),
    ),
  );
}

function networkSection(entity: Entity, neighborhood: NeighborhoodResult, drawing: HTMLElement): HTMLElement {
  return h(
    "section",
    {},
    h("h2", {}, "Network"),
    drawing,
    neighborhood.truncated ? h("p", { class: "muted" }, "Only the nearest 60 neighbours are drawn.") : null,
    // The same neighbours for keyboard and screen-reader users, who cannot click the drawing.
    h(
      "details",
      {},
      h("summary", {}, `Neighbours (${neighborhood.nodes.length - 1})`),
      h(
        "ul",
        { class: "plain" },
        neighborhood.nodes
          .filter((n) => n.id !== entity.id)
          .map((n) => h("li", {}, h("span", { class: "kind" }, n.kind), " ", entityLink(n))),
      ),
    ),
  );
}

/** What an inferred fact rests on, so that it never reads as a stated one. */
function inferenceNote(inferred: string, premises: readonly string[] | null | undefined): HTMLElement {
  return h(
    "p",
    { class: "muted" },
    `Inferred: ${inferred}`,
    premises?.length ? ` — from: ${premises.map((p) => `“${p}”`).join("; ")}` : "",
  );
}

/** The organization this one is a unit or member of, marked when the tie is inferred. */
function parentLine(entity: Entity): HTMLElement | null {
  if (!("parent" in entity) || !entity.parent) return null;
  return h(
    "p",
    {},
    h("strong", {}, "Part of: "),
    entityLink(entity.parent),
    entity.parentInferred ? h("span", { class: "muted" }, ` (inferred: ${entity.parentInferred})`) : null,
  );
}

function relationshipsSection(entity: Entity): HTMLElement {
  const byType = new Map<string, typeof entity.relationships.edges>();
  for (const edge of entity.relationships.edges)
    byType.set(edge.node.type, [...(byType.get(edge.node.type) ?? []), edge]);
  return h(
    "section",
    {},
    h("h2", {}, `Relationships (${entity.relationships.totalCount})`),
    [...byType].map(([type, edges]) =>
      h(
        "div",
        {},
        h("h3", {}, type.replaceAll("_", " ").toLowerCase()),
        h(
          "ul",
          { class: "plain" },
          edges.map(({ node: r }) => {
            const other = r.from.id === entity.id ? r.to : r.from;
            const observed = r.observedOn
              ? `observed ${r.observedOn}${r.observedOnBasis && r.observedOnBasis !== "STATED" ? ` (derived: ${r.observedOnBasis.toLowerCase().replace("_", " ")})` : ""}`
              : null;
            const detail = [r.title, r.role, observed].filter(Boolean).join(", ");
            return h(
              "li",
              {},
              h(
                "details",
                {},
                h(
                  "summary",
                  {},
                  r.from.id === entity.id ? "→ " : "← ",
                  entityLink(other),
                  detail ? h("span", { class: "muted" }, ` (${detail})`) : null,
                  r.inferred ? h("span", { class: "kind", title: r.inferred }, "inferred") : null,
                ),
                r.inferred ? inferenceNote(r.inferred, r.inferredFrom) : null,
                quotes(r.evidence),
              ),
            );
          }),
        ),
      ),
    ),
  );
}

export async function entityPage(id: string, asOf: string | null): Promise<void> {
  const [{ entity }, { neighborhood }] = await Promise.all([
    request(EntityPage, { id, asOf }),
    request(Neighborhood, { id }),
  ]);
  if (!entity) {
    showNotFound("entity", id);
    return;
  }
  const drawing = h("div", {
    id: "network",
    role: "img",
    "aria-label": `Network of ${entity.name} and its neighbours`,
  });
  show(
    entity.name,
    h("p", {}, h("span", { class: "kind" }, entity.kind), " ", h("code", {}, entity.id)),
    h("h2", { class: "entity-name" }, entity.name),
    entity.description ? h("p", {}, entity.description) : null,
    entity.aliases.length ? h("p", {}, h("strong", {}, "Also known as: "), entity.aliases.join(" · ")) : null,
    entity.inferred ? inferenceNote(entity.inferred, entity.inferredFrom) : null,
    parentLine(entity),
    h(
      "div",
      { class: "grid" },
      h(
        "div",
        {},
        positionsSection(entity, asOf),
        h("section", {}, h("h2", {}, "Evidence"), quotes(entity.evidence)),
        figuresSection(entity),
      ),
      h("div", {}, networkSection(entity, neighborhood, drawing), relationshipsSection(entity)),
    ),
  );
  drawNetwork(drawing, { centerId: entity.id, ...neighborhood }, (target) => {
    location.hash = entityHref(target);
  });
}
