import { relationshipId } from "../model/ids.js";
import type { Problem } from "../model/problems.js";
import { checkImportable, draftArticle, type DraftInput, type DraftResult } from "./draft.js";
import { settleProposals } from "./settle.js";
import type { DraftContext, EntityProposal, Proposal } from "./types.js";
import { draftYaml } from "./yaml.js";

/**
 * An editor's review of a draft, applied to its proposals (the explorer's "Add an article" page): rejected
 * proposals left out, new entities renamed or re-identified with everything that refers to them. What
 * then has nothing left to stand on (a tie to a rejected entity, a figure of it) is dropped by
 * settleProposals, which the caller runs again on the result.
 */

export interface DraftReview {
  /** proposalKey()s of the proposals to leave out. */
  rejected: readonly string[];
  edits: readonly DraftEntityEdit[];
}

export interface DraftEntityEdit {
  /** The id the draft proposed for a new entity. */
  id: string;
  newId?: string;
  name?: string;
}

/** What a proposal is about: an entity's id, a relationship's id, a statement's speaker. */
export function proposalTarget(p: Proposal): string {
  if (p.type === "entity") return p.existingId ?? p.entity.id;
  if (p.type === "relationship") return relationshipId(p.relationship);
  return p.speaker;
}

/**
 * A proposal's key: its kind, rule, span and target. Drafting the same input against the same graph gives
 * the same keys, so a review names the proposals of a draft the server does not keep.
 */
export function proposalKey(p: Proposal): string {
  return `${p.type}|${p.rule}|${p.span.start}-${p.span.end}|${proposalTarget(p)}`;
}

function checkReview(proposals: readonly Proposal[], review: DraftReview): Problem[] {
  const keys = new Set(proposals.map(proposalKey));
  const newIds = new Set(
    proposals.flatMap((p) => (p.type === "entity" && !p.existingId ? [p.entity.id] : [])),
  );
  const existing = new Set(
    proposals.flatMap((p) => (p.type === "entity" && p.existingId ? [p.existingId] : [])),
  );
  const problems: Problem[] = [];
  review.rejected.forEach((key, i) => {
    if (!keys.has(key))
      problems.push({
        at: ["rejected", String(i)],
        message: `no proposal of this draft has the key "${key}"; draft the article again`,
      });
  });
  review.edits.forEach((edit, i) => {
    if (existing.has(edit.id))
      problems.push({
        at: ["edits", String(i), "id"],
        message: `${edit.id} is already in the graph: a draft does not rename it (reject its mention instead)`,
      });
    else if (!newIds.has(edit.id))
      problems.push({
        at: ["edits", String(i), "id"],
        message: `the draft proposes no new entity ${edit.id}`,
      });
  });
  return problems;
}

function editedEntity(p: EntityProposal, edit: DraftEntityEdit | undefined, rename: (id: string) => string) {
  const entity =
    p.entity.kind === "Indicator" ? { ...p.entity, subject: rename(p.entity.subject) } : p.entity;
  if (p.existingId || !edit) return { ...p, entity };
  return { ...p, entity: { ...entity, id: edit.newId ?? entity.id, name: edit.name ?? entity.name } };
}

function edited(p: Proposal, edits: ReadonlyMap<string, DraftEntityEdit>): Proposal {
  const rename = (id: string) => edits.get(id)?.newId ?? id;
  if (p.type === "entity") return editedEntity(p, edits.get(p.entity.id), rename);
  if (p.type === "relationship")
    return {
      ...p,
      relationship: { ...p.relationship, from: rename(p.relationship.from), to: rename(p.relationship.to) },
    };
  return { ...p, speaker: rename(p.speaker), about: p.about.map(rename) };
}

/**
 * The proposals as the editor left them, or what is wrong with the review (then nothing is applied), each
 * problem `at` its place in the review.
 */
export function applyReview(
  proposals: readonly Proposal[],
  review: DraftReview,
): { proposals: Proposal[]; problems: Problem[] } {
  const problems = checkReview(proposals, review);
  if (problems.length > 0) return { proposals: [...proposals], problems };
  const rejected = new Set(review.rejected);
  const edits = new Map(review.edits.map((e) => [e.id, e]));
  return {
    proposals: proposals.filter((p) => !rejected.has(proposalKey(p))).map((p) => edited(p, edits)),
    problems: [],
  };
}

/**
 * The draft of `input`, rebuilt after the editor's review: the same rules, the review applied, the
 * proposals settled again and the YAML written and compiled as the import will (a DraftError when it
 * does not compile, e.g. an edited id that is not one).
 */
export function reviewedDraft(
  input: DraftInput,
  ctx: DraftContext,
  review: DraftReview,
): { draft: DraftResult; problems: Problem[] } {
  const draft = draftArticle(input, ctx);
  const reviewed = applyReview(draft.proposals, review);
  if (reviewed.problems.length > 0) return { draft, problems: reviewed.problems };
  const settled = settleProposals(draft.text, reviewed.proposals, ctx.known);
  const yaml = draftYaml({
    source: draft.source,
    textFile: draft.textFile,
    text: draft.text,
    proposals: settled.proposals,
    known: ctx.known,
  });
  checkImportable(yaml, draft.text, ctx);
  return {
    draft: { ...draft, proposals: settled.proposals, yaml, dropped: [...draft.dropped, ...settled.dropped] },
    problems: [],
  };
}
