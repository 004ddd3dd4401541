import { requireRole } from "../auth.js";
import { DraftError, type DraftResult } from "../draft/draft.js";
import { knownFromRows } from "../draft/known-entities.js";
import { proposalKey, proposalTarget, reviewedDraft, type DraftReview } from "../draft/review.js";
import type { DraftMetadata, Proposal } from "../draft/types.js";
import type { DraftProposal, DraftSourceInput, MutationResolvers } from "../generated/resolvers-types.js";
import { knownEntityRows } from "../graph/known.js";
import { INPUT_BOUNDS } from "../limits.js";
import type { Problem } from "../model/problems.js";
import { MUTATION_ROLES } from "./mutations.js";
import { userErrors } from "./problems.js";

/**
 * draftSource: `npm run draft` over GraphQL, for the explorer's "Add an article" page. A Mutation field
 * only so that the mutationRoles plugin asks for an editor's key before it runs; it reads the graph's
 * entities and writes nothing.
 */

function tooLong(at: string[], value: string, max: number): Problem[] {
  return value.length > max
    ? [{ at, message: `must be at most ${max} characters; this one has ${value.length}` }]
    : [];
}

/** What is wrong with the input before drafting: sizes (INPUT_BOUNDS), an empty page, a URL that is none. */
function inputProblems(input: DraftSourceInput): Problem[] {
  const at = (...path: string[]) => ["input", ...path];
  const problems = [
    ...tooLong(at("text"), input.text, INPUT_BOUNDS.draftText),
    ...(input.text.trim() === "" ? [{ at: at("text"), message: "the page has no text" }] : []),
    ...tooLong(at("url"), input.url ?? "", INPUT_BOUNDS.url),
    ...tooLong(at("publisher"), input.publisher ?? "", INPUT_BOUNDS.label),
    ...tooLong(at("title"), input.title ?? "", INPUT_BOUNDS.label),
  ];
  if (input.url && !URL.canParse(input.url))
    problems.push({ at: at("url"), message: `not a URL: "${input.url.slice(0, 100)}"` });
  const review = input.review;
  const items = (review?.rejected?.length ?? 0) + (review?.edits?.length ?? 0);
  if (items > INPUT_BOUNDS.draftReview)
    problems.push({
      at: at("review"),
      message: `must have at most ${INPUT_BOUNDS.draftReview} rejections and edits; this one has ${items}`,
    });
  return problems;
}

function metadataOf(input: DraftSourceInput): DraftMetadata {
  return {
    ...(input.url ? { url: input.url } : {}),
    ...(input.publisher ? { publisher: input.publisher } : {}),
    ...(input.publishedOn ? { publishedOn: input.publishedOn } : {}),
    ...(input.title ? { title: input.title } : {}),
  };
}

function reviewOf(input: DraftSourceInput): DraftReview {
  return {
    rejected: input.review?.rejected ?? [],
    edits: (input.review?.edits ?? []).map((e) => ({
      id: e.id,
      ...(e.newId ? { newId: e.newId } : {}),
      ...(e.name ? { name: e.name } : {}),
    })),
  };
}

const KINDS = { entity: "ENTITY", relationship: "RELATIONSHIP", statement: "STATEMENT" } as const;

function proposalOf(text: string, p: Proposal): DraftProposal {
  const base = {
    key: proposalKey(p),
    kind: KINDS[p.type],
    rule: p.rule,
    confidence: p.confidence,
    note: p.note ?? null,
    quote: text.slice(p.span.start, p.span.end),
    start: p.span.start,
    end: p.span.end,
  };
  if (p.type === "entity")
    return {
      ...base,
      id: p.existingId ?? p.entity.id,
      name: p.entity.name,
      entityKind: p.entity.kind,
      existingId: p.existingId ?? null,
    };
  if (p.type === "relationship") {
    const { type, from, to } = p.relationship;
    return { ...base, id: proposalTarget(p), type, from, to };
  }
  return { ...base, id: p.speaker, name: p.verb };
}

function draftOf(draft: DraftResult) {
  return {
    sourceId: draft.source.id,
    title: draft.source.title,
    publisher: draft.source.publisher,
    publishedOn: draft.source.publishedOn ?? null,
    yaml: draft.yaml,
    text: draft.text,
    sentences: draft.sentences.map(({ start, end }) => ({ start, end })),
    proposals: draft.proposals.map((p) => proposalOf(draft.text, p)),
    dropped: draft.dropped.map((d) => `${d.rule}: ${d.reason}`),
  };
}

export const draftResolvers: Pick<MutationResolvers, "draftSource"> = {
  draftSource: async (_root, { input }, { graph, viewer }) => {
    requireRole(viewer, MUTATION_ROLES.draftSource);
    const problems = inputProblems(input);
    if (problems.length > 0) return { draft: null, userErrors: userErrors(problems) };
    const known = knownFromRows(await knownEntityRows(graph));
    try {
      const { draft, problems: review } = reviewedDraft(
        { text: input.text, metadata: metadataOf(input) },
        { known },
        reviewOf(input),
      );
      if (review.length > 0) {
        const at = (p: Problem) => ({ ...p, at: ["input", "review", ...(p.at ?? [])] });
        return { draft: null, userErrors: userErrors(review.map(at)) };
      }
      return { draft: draftOf(draft), userErrors: [] };
    } catch (error) {
      // A review can make the YAML uncompilable (an edited id that is not one): the compiler says where.
      if (!(error instanceof DraftError)) throw error;
      const at = ["input", input.review ? "review" : "text"];
      const problems = error.problems.map((p) => ({ at, message: `${p.at}: ${p.message}` }));
      return { draft: null, userErrors: userErrors(problems) };
    }
  },
};
