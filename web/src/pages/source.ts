import { request } from "../api.js";
import { SourcePage } from "../documents.js";
import { h } from "../dom.js";
import { show, showNotFound } from "../layout.js";

/** #/source/<id>: an article's metadata and its text, paragraph by paragraph. */
export async function sourcePage(id: string): Promise<void> {
  const { node } = await request(SourcePage, { id });
  if (!node || !("text" in node)) {
    showNotFound("source", id);
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
