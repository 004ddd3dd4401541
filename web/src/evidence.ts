import { h } from "./dom.js";

/** Quotes as every query selects them (a source's id, title and publisher at least). */
export type Evidence = readonly { quote: string; source: { id: string; title: string; publisher: string } }[];

/** The verbatim quotes behind a fact, each citing its source page. */
export function quotes(evidence: Evidence): HTMLElement {
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
