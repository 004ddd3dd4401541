import { request } from "./api.js";
import { entityHref, entityLink, h, type Child } from "./dom.js";
import { EntityPage, FindPath, Neighborhood, SearchEntities, SourcePage } from "./documents.js";
import { drawNetwork } from "./network.js";

/**
 * The explorer: a hash-routed page over the GraphQL API. #/search/<q>, #/entity/<id>[?asOf=YYYY-MM-DD],
 * #/source/<id>, #/path[?from=&to=].
 */

const main = document.getElementById("main") as HTMLElement;

function show(title: string, ...content: (Child | Child[])[]): void {
  document.title = `${title} · Indonesian industry graph`;
  main.replaceChildren(...content.flat().filter((c): c is Node | string => Boolean(c)));
  main.focus();
}

function showError(error: unknown): void {
  show(
    "Error",
    h("p", { class: "error", role: "alert" }, error instanceof Error ? error.message : String(error)),
  );
}

/** Quotes as every query selects them (a source's id, title and publisher at least). */
type Evidence = readonly { quote: string; source: { id: string; title: string; publisher: string } }[];

function quotes(evidence: Evidence): HTMLElement {
  return h(
    "div",
    { class: "evidence" },
    evidence.map((e) =>
      h(
        "blockquote",
        {},
        `“${e.quote}”`,
        h(
          "cite",
          {},
          "— ",
          h(
            "a",
            { href: `#/source/${encodeURIComponent(e.source.id)}` },
            `${e.source.publisher}: ${e.source.title}`,
          ),
        ),
      ),
    ),
  );
}

async function searchPage(query: string): Promise<void> {
  const input = document.getElementById("search-input") as HTMLInputElement;
  input.value = query;
  const { search } = await request(SearchEntities, { query, first: 30 });
  show(
    `Search: ${query}`,
    h("h2", {}, `${search.totalCount} result${search.totalCount === 1 ? "" : "s"} for “${query}”`),
    h(
      "ul",
      { class: "results" },
      search.edges.map(({ node }) =>
        h(
          "li",
          {},
          h("span", { class: "kind" }, node.entity.kind),
          " ",
          entityLink(node.entity),
          node.entity.description ? h("div", { class: "muted" }, node.entity.description) : null,
        ),
      ),
    ),
  );
}

async function entityPage(id: string, asOf: string | null): Promise<void> {
  const [{ entity }, { neighborhood }] = await Promise.all([
    request(EntityPage, { id, asOf }),
    request(Neighborhood, { id }),
  ]);
  if (!entity) {
    show("Not found", h("p", { role: "alert" }, `No entity has the id ${id}.`));
    return;
  }
  const byType = new Map<string, typeof entity.relationships.edges>();
  for (const edge of entity.relationships.edges)
    byType.set(edge.node.type, [...(byType.get(edge.node.type) ?? []), edge]);

  const asOfForm = h(
    "form",
    { id: "as-of-form" },
    h("label", { for: "as-of" }, "Positions as of (YYYY-MM-DD)"),
    h("input", { id: "as-of", name: "asOf", type: "date", value: asOf ?? "" }),
    h("button", { type: "submit" }, "Apply"),
    asOf ? h("a", { href: entityHref(entity.id) }, "all dates") : null,
  );
  asOfForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = (asOfForm.querySelector("#as-of") as HTMLInputElement).value;
    location.hash = `${entityHref(entity.id)}${value ? `?asOf=${value}` : ""}`;
  });

  const positions =
    "positions" in entity
      ? h(
          "section",
          { "aria-labelledby": "positions-heading" },
          h("h2", { id: "positions-heading" }, "Positions"),
          asOfForm,
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
        )
      : null;

  const network = h("div", {
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
    entity.inferred ? h("p", { class: "muted" }, `Inferred: ${entity.inferred}`) : null,
    h(
      "div",
      { class: "grid" },
      h(
        "div",
        {},
        positions,
        h("section", {}, h("h2", {}, "Evidence"), quotes(entity.evidence)),
        entity.indicators.length
          ? h(
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
            )
          : null,
      ),
      h(
        "div",
        {},
        h(
          "section",
          {},
          h("h2", {}, "Network"),
          network,
          neighborhood.truncated
            ? h("p", { class: "muted" }, "Only the nearest 60 neighbours are drawn.")
            : null,
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
        ),
        h(
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
                  const detail = [r.title, r.role, r.observedOn].filter(Boolean).join(", ");
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
                      ),
                      quotes(r.evidence),
                    ),
                  );
                }),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  drawNetwork(network, { centerId: entity.id, ...neighborhood }, (target) => {
    location.hash = entityHref(target);
  });
}

async function sourcePage(id: string): Promise<void> {
  const { node } = await request(SourcePage, { id });
  if (!node || !("text" in node)) {
    show("Not found", h("p", { role: "alert" }, `No source has the id ${id}.`));
    return;
  }
  show(
    node.title,
    h("h2", {}, node.title),
    h("p", { class: "muted" }, [node.publisher, node.publishedOn, node.author].filter(Boolean).join(" · ")),
    node.url ? h("p", {}, h("a", { href: node.url, rel: "noreferrer" }, node.url)) : null,
    node.text
      .split("\n")
      .filter(Boolean)
      .map((line) => h("p", {}, line)),
  );
}

async function pathPage(from: string, to: string): Promise<void> {
  const form = h(
    "form",
    { id: "path-form" },
    h("label", { for: "path-from" }, "From (entity id)"),
    h("input", { id: "path-from", name: "from", value: from, placeholder: "org:inalum", required: "" }),
    h("label", { for: "path-to" }, "To (entity id)"),
    h("input", { id: "path-to", name: "to", value: to, placeholder: "org:unido", required: "" }),
    h("button", { type: "submit" }, "Find the shortest path"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = (name: string) => (form.querySelector(`[name=${name}]`) as HTMLInputElement).value.trim();
    location.hash = `#/path?from=${encodeURIComponent(value("from"))}&to=${encodeURIComponent(value("to"))}`;
  });
  if (!from || !to) {
    show("Path finder", h("h2", {}, "How are two entities connected?"), form);
    return;
  }
  const { path } = await request(FindPath, { from, to });
  show(
    "Path finder",
    h("h2", {}, "How are two entities connected?"),
    form,
    !path
      ? h("p", { role: "status" }, "No connection within 4 steps.")
      : h(
          "ol",
          { id: "path-hops" },
          path.hops.map((hop) =>
            h(
              "li",
              {},
              entityLink(hop.from),
              ` ${hop.forward ? "—" : "←"} ${hop.relationship.type} ${hop.forward ? "→" : "—"} `,
              entityLink(hop.to),
              quotes(hop.relationship.evidence),
            ),
          ),
        ),
  );
}

async function route(): Promise<void> {
  const [path = "", query = ""] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(query);
  const [, page, ...rest] = path.split("/");
  const arg = decodeURIComponent(rest.join("/"));
  try {
    if (page === "search" && arg) await searchPage(arg);
    else if (page === "entity" && arg) await entityPage(arg, params.get("asOf"));
    else if (page === "source" && arg) await sourcePage(arg);
    else if (page === "path") await pathPage(params.get("from") ?? "", params.get("to") ?? "");
    else
      show(
        "Explore",
        h("h2", {}, "Explore Indonesian industrial actors and their cooperation"),
        h(
          "p",
          {},
          "Search above in Indonesian or English, or start from ",
          entityLink({ id: "org:kemenperin", name: "Kemenperin" }),
          ", ",
          entityLink({ id: "org:inalum", name: "INALUM" }),
          " or ",
          entityLink({ id: "commodity:nickel", name: "nickel" }),
          ".",
        ),
        h("p", {}, "Every fact shows the sentence of the news article it comes from."),
      );
  } catch (error) {
    showError(error);
  }
}

document.getElementById("search-form")?.addEventListener("submit", (event) => {
  event.preventDefault();
  const value = (document.getElementById("search-input") as HTMLInputElement).value.trim();
  if (value) location.hash = `#/search/${encodeURIComponent(value)}`;
});
window.addEventListener("hashchange", () => void route());
void route();
