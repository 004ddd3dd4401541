import { compileSeed, SeedError, type SeedProblem } from "../seed/compile.js";
import { cleanArticle, type RemovedLine } from "./clean.js";
import { readSource } from "./metadata.js";
import { printedDates, yearContext } from "./datelines.js";
import { findAgreements } from "./agreements.js";
import { findEvents } from "./events.js";
import { findFigures } from "./figures.js";
import { citations } from "./citations.js";
import { recognize } from "./recognize.js";
import { findRegulations } from "./regulations.js";
import { splitSentences } from "./sentences.js";
import { findStatements } from "./statements.js";
import { settleProposals, type Settled } from "./settle.js";
import type { Draft, DraftContext, DraftDocument, DraftMetadata, Proposal } from "./types.js";
import { draftYaml } from "./yaml.js";

/**
 * An article → a draft in the import format: a pure function of the page's text, what the caller knows
 * of it, and the entities already known (the graph's, or seed/'s), so the CLI, the evaluation and the
 * GraphQL API can all call it. Every rule family proposes; settleProposals makes the result importable;
 * the YAML is compiled here once more with the import's own compiler, so a draft the import would refuse
 * is a bug caught before anyone reviews it.
 */

export interface DraftInput {
  /** The page as collected: furniture is removed here. */
  text: string;
  metadata?: DraftMetadata;
  /** The collected page's file name, for the source's `original` field. */
  original?: string;
}

export interface DraftResult extends Draft {
  textFile: string;
  removed: RemovedLine[];
  dropped: Settled["dropped"];
}

/** Everything the rules propose for a document, before settling. */
export function propose(doc: DraftDocument, ctx: DraftContext): Proposal[] {
  const actors = recognize(doc, ctx);
  const names = new Map(ctx.known.map((k) => [k.id, k.name]));
  for (const p of actors.proposals)
    if (p.type === "entity") names.set(p.existingId ?? p.entity.id, p.entity.name);
  const nameOf = (id: string) => names.get(id) ?? id;
  const dates = printedDates(doc.text, yearContext(doc.text, doc.publishedOn));
  const regulations = findRegulations(doc.text, ctx.known);
  const regulationMentions = regulations.map((r) => ({
    span: r.span,
    id: r.existingId ?? r.entity.id,
    kind: "Regulation" as const,
    rule: r.rule,
  }));
  const figures = findFigures(doc, { mentions: actors.mentions, nameOf });
  const statements = findStatements(doc, { mentions: actors.mentions, extra: regulationMentions, dates });
  return [
    ...actors.proposals,
    ...regulations,
    ...figures,
    ...findEvents(doc, { mentions: actors.mentions, dates }),
    ...findAgreements(doc, { mentions: actors.mentions }),
    ...statements,
    ...citations(doc, statements, regulations, actors.mentions),
  ];
}

export class DraftError extends Error {
  override name = "DraftError";
  constructor(readonly problems: SeedProblem[]) {
    super(`the draft does not compile:\n${problems.map((p) => `  ${p.at}: ${p.message}`).join("\n")}`);
  }
}

/** Compiles the YAML as the import will, and checks every id it refers to without declaring is known. */
export function checkImportable(yaml: string, text: string, ctx: DraftContext): void {
  let external;
  try {
    external = compileSeed({ "draft.yaml": yaml }, () => text, { external: true }).external;
  } catch (error) {
    if (error instanceof SeedError) throw new DraftError(error.problems);
    throw error;
  }
  const known = new Set(ctx.known.map((k) => k.id));
  const unknown = external.filter((r) => !known.has(r.id));
  if (unknown.length > 0)
    throw new DraftError(unknown.map((r) => ({ file: r.file, at: r.at, message: `unknown entity ${r.id}` })));
}

export function draftArticle(input: DraftInput, ctx: DraftContext): DraftResult {
  const cleaned = cleanArticle(input.text);
  const text = cleaned.text;
  const source = readSource(text, input.metadata ?? {});
  const sentences = splitSentences(text);
  const doc: DraftDocument = {
    text,
    sentences,
    ...(source.publishedOn ? { publishedOn: source.publishedOn } : {}),
  };
  const settled = settleProposals(text, propose(doc, ctx), ctx.known);
  const textFile = `${source.id.slice("source:".length)}.txt`;
  const original = input.original && /^[\w.-]+\.txt$/.test(input.original) ? input.original : undefined;
  const yaml = draftYaml({
    source,
    textFile,
    ...(original ? { original } : {}),
    text,
    proposals: settled.proposals,
    known: ctx.known,
  });
  checkImportable(yaml, text, ctx);
  return {
    text,
    source,
    sentences,
    proposals: settled.proposals,
    yaml,
    textFile,
    removed: cleaned.removed,
    dropped: settled.dropped,
  };
}
