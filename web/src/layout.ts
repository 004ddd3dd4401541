import { h, type Child } from "./dom.js";

/** The page frame every explorer page renders into: one <main>, focused after each navigation. */

const main = document.getElementById("main") as HTMLElement;

export function show(title: string, ...content: (Child | Child[])[]): void {
  document.title = `${title} · Indonesian industry graph`;
  main.replaceChildren(...content.flat().filter((c): c is Node | string => Boolean(c)));
  main.focus();
}

export function showError(error: unknown): void {
  show(
    "Error",
    h("p", { class: "error", role: "alert" }, error instanceof Error ? error.message : String(error)),
  );
}

export function showNotFound(what: string, id: string): void {
  show("Not found", h("p", { role: "alert" }, `No ${what} has the id ${id}.`));
}
