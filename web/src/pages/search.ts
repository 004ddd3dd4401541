import { request } from "../api.js";
import { SearchEntities } from "../documents.js";
import { entityLink, h } from "../dom.js";
import { show } from "../layout.js";

/** #/search/<query>: full-text search over names, aliases and descriptions. */
export async function searchPage(query: string): Promise<void> {
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
