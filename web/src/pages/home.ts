import { entityLink, h } from "../dom.js";
import { show } from "../layout.js";

/** The start page. */
export function homePage(): void {
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
    h(
      "p",
      {},
      "Editors can ",
      h("a", { href: "#/add" }, "add an article"),
      ": a draft to review, then an import.",
    ),
  );
}
