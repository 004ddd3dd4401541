import { entityLink, h } from "./dom.js";
import type { DraftArticleMutation, DraftReviewInput } from "./generated/graphql.js";

/**
 * The review half of the "Add an article" page: each proposal of a draft beside the sentence it comes
 * from, its quote highlighted there, with accept/reject and, for a new entity, its name and id to edit.
 * The decisions stay here; the server rebuilds the YAML from them (draftSource's review).
 */

export type Draft = NonNullable<DraftArticleMutation["draftSource"]["draft"]>;
export type DraftProposal = Draft["proposals"][number];

export interface ReviewState {
  draft: Draft;
  rejected: Set<string>;
  /** Original id of a new entity → the editor's name and id for it. */
  edits: Map<string, { name: string; id: string }>;
}

export function reviewInput(state: ReviewState): DraftReviewInput {
  const edits = [...state.edits].flatMap(([id, edit]) => {
    const original = state.draft.proposals.find((p) => p.kind === "ENTITY" && p.id === id);
    const newId = edit.id.trim() !== id ? edit.id.trim() : null;
    const name = edit.name.trim() !== original?.name ? edit.name.trim() : null;
    return newId || name ? [{ id, newId, name }] : [];
  });
  return { rejected: [...state.rejected], edits };
}

/** New entities whose every mention is rejected: what ties and figures of them the server will drop. */
function rejectedEntities(state: ReviewState): Set<string> {
  const kept = new Set<string>();
  const all = new Set<string>();
  for (const p of state.draft.proposals) {
    if (p.kind !== "ENTITY" || p.existingId) continue;
    all.add(p.id);
    if (!state.rejected.has(p.key)) kept.add(p.id);
  }
  return new Set([...all].filter((id) => !kept.has(id)));
}

/** The sentence's text with the spans of its proposals marked (overlapping spans merged). */
function highlighted(text: string, from: number, to: number, proposals: readonly DraftProposal[]) {
  const spans = proposals
    .map((p) => [Math.max(p.start, from), Math.min(p.end, to)] as const)
    .filter(([a, b]) => a < b)
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const parts: (Node | string)[] = [];
  let at = from;
  for (const [a, b] of merged) {
    parts.push(text.slice(at, a), h("mark", {}, text.slice(a, b)));
    at = b;
  }
  parts.push(text.slice(at, to));
  return h("p", { class: "draft-sentence" }, parts);
}

function describe(p: DraftProposal): (Node | string)[] {
  if (p.kind === "RELATIONSHIP")
    return [h("span", { class: "kind" }, p.type ?? "tie"), " ", h("code", {}, `${p.from} → ${p.to}`)];
  if (p.kind === "STATEMENT")
    return [h("span", { class: "kind" }, "statement"), " ", h("code", {}, p.id), ` ${p.name ?? ""}`];
  return [
    h("span", { class: "kind" }, p.entityKind ?? "entity"),
    " ",
    p.existingId ? entityLink({ id: p.existingId, name: p.name ?? p.id }) : h("strong", {}, p.name ?? p.id),
    " ",
    h("code", {}, p.id),
    p.existingId ? " · already in the graph" : " · new",
  ];
}

function editFields(p: DraftProposal, state: ReviewState, changed: () => void): HTMLElement {
  const edit = state.edits.get(p.id) ?? { name: p.name ?? "", id: p.id };
  const field = (label: string, key: "name" | "id") => {
    const input = h("input", { value: edit[key], "aria-label": `${label} of ${p.id}` });
    input.addEventListener("input", () => {
      state.edits.set(p.id, { ...(state.edits.get(p.id) ?? edit), [key]: input.value });
      changed();
    });
    return h("label", { class: "draft-edit" }, label, input);
  };
  return h("div", { class: "draft-edits" }, field("Name", "name"), field("Id", "id"));
}

function proposalCard(p: DraftProposal, state: ReviewState, editable: boolean, changed: () => void) {
  const accept = h("input", { type: "checkbox", "aria-label": `Accept ${p.kind.toLowerCase()} ${p.id}` });
  accept.checked = !state.rejected.has(p.key);
  const card = h(
    "li",
    { class: "proposal", "data-kind": p.kind, "data-id": p.id, "data-key": p.key },
    h("label", { class: "draft-accept" }, accept, " Accept"),
    h("div", {}, describe(p)),
    h(
      "div",
      { class: "muted" },
      `${p.rule} · confidence ${p.confidence.toFixed(2)}${p.note ? ` · ${p.note}` : ""}`,
    ),
    h("q", {}, p.quote),
    editable ? editFields(p, state, changed) : null,
  );
  card.classList.toggle("rejected", !accept.checked);
  accept.addEventListener("change", () => {
    if (accept.checked) state.rejected.delete(p.key);
    else state.rejected.add(p.key);
    card.classList.toggle("rejected", !accept.checked);
    changed();
  });
  return card;
}

/** Proposals grouped by the sentence their quote starts in; those outside every sentence come last. */
function bySentence(draft: Draft): { start: number; end: number; proposals: DraftProposal[] }[] {
  const rows = draft.sentences.map((s) => ({ ...s, proposals: [] as DraftProposal[] }));
  const rest: DraftProposal[] = [];
  for (const p of draft.proposals) {
    const row = rows.find((r) => r.start <= p.start && p.start < r.end);
    (row?.proposals ?? rest).push(p);
  }
  const shown = rows.filter((r) => r.proposals.length > 0);
  for (const p of rest) shown.push({ start: p.start, end: p.end, proposals: [p] });
  return shown;
}

/** Marks the ties and figures that rejecting their entity takes with it, after each decision. */
export function markDependents(list: HTMLElement, state: ReviewState): void {
  const gone = rejectedEntities(state);
  for (const card of list.querySelectorAll<HTMLElement>("li.proposal")) {
    const p = state.draft.proposals.find((x) => x.key === card.dataset.key);
    const lost = p && [p.from, p.to, p.kind === "STATEMENT" ? p.id : null].find((id) => id && gone.has(id));
    card.classList.toggle("dropped", Boolean(lost));
    card.title = lost ? `dropped with ${lost}, which is rejected` : "";
  }
}

/** The spans a sentence marks at rest: statements cover whole clauses, so only when nothing else is there. */
function restingSpans(proposals: readonly DraftProposal[]): DraftProposal[] {
  const facts = proposals.filter((p) => p.kind !== "STATEMENT");
  return facts.length > 0 ? facts : [...proposals];
}

function sentenceRow(
  state: ReviewState,
  row: { start: number; end: number; proposals: DraftProposal[] },
  card: (p: DraftProposal) => HTMLElement,
): HTMLElement {
  const mark = (proposals: readonly DraftProposal[]) =>
    highlighted(state.draft.text, row.start, row.end, proposals);
  let sentence = mark(restingSpans(row.proposals));
  const cards = row.proposals.map((p) => {
    const element = card(p);
    // Pointing at a proposal, or tabbing into it, marks its own quote alone.
    const focus = (proposals: readonly DraftProposal[], focused: boolean) => {
      const next = mark(proposals);
      next.classList.toggle("focused", focused);
      sentence.replaceWith(next);
      sentence = next;
    };
    element.addEventListener("mouseenter", () => {
      focus([p], true);
    });
    element.addEventListener("focusin", () => {
      focus([p], true);
    });
    element.addEventListener("mouseleave", () => {
      focus(restingSpans(row.proposals), false);
    });
    return element;
  });
  return h("li", { class: "draft-row" }, sentence, h("ul", { class: "plain draft-cards" }, cards));
}

export function reviewList(state: ReviewState, changed: () => void): HTMLElement {
  const editable = new Set<string>();
  const list: HTMLElement = h("ol", { class: "draft-rows", id: "draft-proposals" });
  const card = (p: DraftProposal) => {
    const first = p.kind === "ENTITY" && !p.existingId && p.entityKind !== "Indicator" && !editable.has(p.id);
    if (first) editable.add(p.id);
    return proposalCard(p, state, first, () => {
      markDependents(list, state);
      changed();
    });
  };
  list.append(...bySentence(state.draft).map((row) => sentenceRow(state, row, card)));
  markDependents(list, state);
  return list;
}
