import { showError } from "./layout.js";
import { addPage } from "./pages/add.js";
import { entityPage } from "./pages/entity.js";
import { homePage } from "./pages/home.js";
import { pathPage } from "./pages/path.js";
import { searchPage } from "./pages/search.js";
import { sourcePage } from "./pages/source.js";

/**
 * The explorer: a hash-routed page over the GraphQL API, one module per page in ./pages/.
 * #/search/<q>, #/entity/<id>[?asOf=YYYY-MM-DD], #/source/<id>, #/path[?from=&to=], #/add.
 */

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
    else if (page === "add") addPage();
    else homePage();
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
