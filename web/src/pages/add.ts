import { ApiError, request } from "../api.js";
import { DraftArticle, ImportArticle } from "../documents.js";
import { entityLink, h } from "../dom.js";
import { reviewInput, reviewList, type ReviewState } from "../draft-review.js";
import type { DraftSourceInput, ImportArticleMutation } from "../generated/graphql.js";
import { show } from "../layout.js";

/**
 * #/add: "Add an article". Paste the page and what is known of it, draft it (draftSource), review each
 * proposal beside its sentence, dry-run the import of what is accepted (importSource, dryRun) and import
 * it, all with the editor's API key, which stays in this tab (sessionStorage), never in the page's URL.
 */

const KEY_STORAGE = "iig:editor-key";

type UserErrors = readonly { field: readonly string[]; message: string }[];

function field(id: string, label: string, input: HTMLElement): HTMLElement {
  return h("div", { class: "add-field" }, h("label", { for: id }, label), input);
}

function articleForm(): HTMLFormElement {
  const key = h("input", { id: "add-key", type: "password", autocomplete: "off", required: "" });
  key.value = sessionStorage.getItem(KEY_STORAGE) ?? "";
  key.addEventListener("change", () => {
    sessionStorage.setItem(KEY_STORAGE, key.value.trim());
  });
  return h(
    "form",
    { id: "add-form", class: "add-form" },
    field(
      "add-text",
      "Article text (paste the page)",
      h("textarea", { id: "add-text", rows: "12", required: "" }),
    ),
    field("add-url", "URL", h("input", { id: "add-url", type: "url" })),
    field("add-publisher", "Publisher", h("input", { id: "add-publisher" })),
    field(
      "add-date",
      "Published on (YYYY-MM-DD)",
      h("input", { id: "add-date", pattern: "\\d{4}-\\d{2}-\\d{2}" }),
    ),
    field("add-title", "Title (when the text has none)", h("input", { id: "add-title" })),
    field("add-key", "Editor's API key (kept in this tab only)", key),
    h("button", { type: "submit" }, "Draft"),
  );
}

function formInput(form: HTMLFormElement): { input: DraftSourceInput; token: string } {
  const value = (id: string) => (form.querySelector(`#${id}`) as HTMLInputElement).value.trim();
  const optional = (id: string) => value(id) || null;
  const token = value("add-key");
  sessionStorage.setItem(KEY_STORAGE, token);
  return {
    input: {
      text: (form.querySelector("#add-text") as HTMLTextAreaElement).value,
      url: optional("add-url"),
      publisher: optional("add-publisher"),
      publishedOn: optional("add-date"),
      title: optional("add-title"),
    },
    token,
  };
}

function problems(title: string, errors: UserErrors): HTMLElement {
  return h(
    "div",
    { class: "error", role: "alert" },
    h("p", {}, title),
    h(
      "ul",
      {},
      errors.map((e) => h("li", {}, h("code", {}, e.field.join(".")), `: ${e.message}`)),
    ),
  );
}

function failure(error: unknown): HTMLElement {
  if (!(error instanceof ApiError)) throw error;
  return h("p", { class: "error", role: "alert" }, error.message);
}

type Report = NonNullable<ImportArticleMutation["importSource"]["report"]>;

function ids(title: string, list: readonly string[], link: boolean): HTMLElement | null {
  if (list.length === 0) return null;
  return h(
    "div",
    {},
    h("h3", {}, `${title} (${list.length})`),
    h(
      "ul",
      { class: "plain" },
      list.map((id) => h("li", {}, link ? entityLink({ id, name: id }) : h("code", {}, id))),
    ),
  );
}

function reportView(answer: ImportArticleMutation["importSource"], sourceId: string): HTMLElement {
  const report: Report | null | undefined = answer.report;
  const applied = answer.applied;
  const heading = answer.dryRun
    ? "Dry run: what the import would change"
    : applied
      ? "Imported"
      : "Not imported";
  return h(
    "section",
    { id: "import-report", "aria-labelledby": "import-report-heading" },
    h("h2", { id: "import-report-heading" }, heading),
    answer.userErrors.length > 0 ? problems("The import refuses this draft:", answer.userErrors) : null,
    applied
      ? h("p", {}, h("a", { href: `#/source/${encodeURIComponent(sourceId)}` }, "Open the new source"))
      : null,
    report
      ? [
          h(
            "p",
            {},
            `${report.addedEvidence} quotes of evidence; ${report.changes ? "changes" : "no change"}.`,
          ),
          ids("New sources", report.createdSources, false),
          ids("New entities", report.createdEntities, applied),
          ids("Entities that gain evidence or names", report.updatedEntities, true),
          ids("New relationships", report.createdRelationships, false),
          ids("Updated relationships", report.updatedRelationships, false),
          report.candidates.length > 0
            ? h(
                "div",
                { class: "error", role: "alert" },
                h("h3", {}, "Possible duplicates of existing actors"),
                h(
                  "ul",
                  {},
                  report.candidates.map((c) =>
                    h(
                      "li",
                      {},
                      h("code", {}, c.id),
                      ` may be ${c.matches.map((m) => m.id).join(", ")} (${c.sharedNames.join(", ")})`,
                    ),
                  ),
                ),
              )
            : null,
        ]
      : null,
  );
}

interface Session {
  input: DraftSourceInput;
  token: string;
  state: ReviewState;
  output: HTMLElement;
  importButton: HTMLButtonElement;
}

/** Rebuilds the YAML from the review (draftSource), then sends it to importSource. */
async function sendImport(session: Session, dryRun: boolean): Promise<void> {
  const { input, token, state, output } = session;
  output.replaceChildren(h("p", { role: "status" }, dryRun ? "Running the dry run…" : "Importing…"));
  try {
    const { draftSource } = await request(
      DraftArticle,
      { input: { ...input, review: reviewInput(state) } },
      { token },
    );
    if (!draftSource.draft) {
      output.replaceChildren(problems("The review cannot be applied:", draftSource.userErrors));
      return;
    }
    const { yaml, text, sourceId } = draftSource.draft;
    const { importSource } = await request(ImportArticle, { input: { yaml, text, dryRun } }, { token });
    output.replaceChildren(
      reportView(importSource, sourceId),
      h("details", {}, h("summary", {}, "The YAML sent"), h("pre", { class: "draft-yaml" }, yaml)),
    );
    const ok = importSource.userErrors.length === 0 && (importSource.report?.candidates.length ?? 0) === 0;
    session.importButton.disabled = !(dryRun && ok);
  } catch (error) {
    output.replaceChildren(failure(error));
  }
}

function reviewSection(session: Session): HTMLElement {
  const dryRun = h("button", { type: "button" }, "Dry run");
  session.importButton.disabled = true;
  dryRun.addEventListener("click", () => void sendImport(session, true));
  session.importButton.addEventListener("click", () => void sendImport(session, false));
  const { draft } = session.state;
  // Any change to the review needs a new dry run before the import.
  const changed = () => {
    session.importButton.disabled = true;
  };
  return h(
    "section",
    { id: "draft-review", "aria-labelledby": "draft-heading" },
    h("h2", { id: "draft-heading" }, `Draft: ${draft.title}`),
    h(
      "p",
      { class: "muted" },
      `${draft.publisher} · ${draft.publishedOn ?? "no date found"} · ${draft.proposals.length} proposals · `,
      h("code", {}, draft.sourceId),
    ),
    h("p", {}, "Untick what is wrong, correct the names and ids of new entities, then run the import dry."),
    reviewList(session.state, changed),
    draft.dropped.length > 0 ? h("p", { class: "muted" }, `Not proposed: ${draft.dropped.join("; ")}`) : null,
    h("div", { class: "add-actions" }, dryRun, session.importButton),
    session.output,
  );
}

async function draftInto(form: HTMLFormElement, target: HTMLElement): Promise<void> {
  const { input, token } = formInput(form);
  target.replaceChildren(h("p", { role: "status" }, "Drafting…"));
  try {
    const { draftSource } = await request(DraftArticle, { input }, { token });
    if (!draftSource.draft) {
      target.replaceChildren(problems("The article cannot be drafted:", draftSource.userErrors));
      return;
    }
    const state: ReviewState = { draft: draftSource.draft, rejected: new Set(), edits: new Map() };
    const output = h("div", { id: "import-output", "aria-live": "polite" });
    const importButton = h("button", { type: "button" }, "Import");
    target.replaceChildren(reviewSection({ input, token, state, output, importButton }));
  } catch (error) {
    target.replaceChildren(failure(error));
  }
}

export function addPage(): void {
  const form = articleForm();
  const target = h("div", { id: "draft-output" });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void draftInto(form, target);
  });
  show(
    "Add an article",
    h("h2", {}, "Add an article"),
    h(
      "p",
      {},
      "Paste an Indonesian news article: the draft proposes its actors, positions, places, figures and ",
      "regulations, each with the sentence it comes from. Review them, run the import dry, then import.",
    ),
    form,
    target,
  );
}
