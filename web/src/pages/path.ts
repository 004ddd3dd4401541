import { request } from "../api.js";
import { FindPath } from "../documents.js";
import { entityLink, h } from "../dom.js";
import { quotes } from "../evidence.js";
import { show } from "../layout.js";

function pathForm(from: string, to: string): HTMLFormElement {
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
  return form;
}

/** #/path?from=&to=: the shortest path between two entities, each hop with its evidence. */
export async function pathPage(from: string, to: string): Promise<void> {
  const form = pathForm(from, to);
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
