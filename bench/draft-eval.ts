/**
 * `npm run draft:eval [-- --verbose]`: drafts each of the five seed articles from seed/originals/,
 * leave-one-out (the known entities are only those of the other four seed/data files, so nothing is found
 * merely because the answer is already there), and compares every draft with the curated file of its
 * article, the answer key (src/draft/evaluate.ts says how things are matched). Prints the table and writes
 * it to bench/results/draft-eval-<date>.md. No database is used.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { projectRoot } from "../src/project.js";
import { commandLine } from "../src/run-command.js";
import { compileSeed } from "../src/seed/compile.js";
import { locateQuote } from "../src/model/quotes.js";
import { draftArticle } from "../src/draft/draft.js";
import {
  CATEGORIES,
  ENTITY_KINDS_SCORED,
  evaluateDraft,
  precision,
  recall,
  total,
  type ArticleScore,
  type Category,
  type Score,
} from "../src/draft/evaluate.js";
import { knownFromSeed } from "../src/draft/known-entities.js";
import type { StatementProposal } from "../src/draft/types.js";

const USAGE = `usage: npm run draft:eval [-- --verbose]

Drafts each seed article from seed/originals/ leave-one-out, compares it with the curated seed/data file,
prints the table and writes bench/results/draft-eval-<date>.md. Uses no database.

options:
  --verbose   also print every miss and every proposal the key does not have
  -h, --help  this text`;
const { values } = commandLine({
  name: "npm run draft:eval",
  usage: USAGE,
  options: { verbose: { type: "boolean", default: false } },
});
const seedDir = path.join(projectRoot, "seed");

/** The targets of issue 16, as [category, recall, precision]. */
const TARGETS: Partial<Record<Category, { recall?: number; precision?: number }>> = {
  entities: { recall: 0.85, precision: 0.8 },
  positions: { recall: 0.9 },
  figures: { recall: 0.9 },
  regulations: { recall: 1 },
};

interface Run {
  score: ArticleScore;
  refused: string[];
}

function evaluate(file: string): Run {
  const curatedYaml = readFileSync(path.join(seedDir, "data", file), "utf8");
  const meta = (parse(curatedYaml) as { source: { original: string; textFile: string } }).source;
  const curatedText = readFileSync(path.join(seedDir, "sources", meta.textFile), "utf8");
  const key = compileSeed({ [file]: curatedYaml }, () => curatedText, { external: true });
  const known = knownFromSeed(seedDir, [file]);
  const original = readFileSync(path.join(seedDir, "originals", meta.original), "utf8");
  const result = draftArticle({ text: original, original: meta.original }, { known });
  const draft = compileSeed({ "draft.yaml": result.yaml }, () => result.text, { external: true });
  // Every quote must also be where the curated text has it: the draft's cleaning must not change a line.
  const refused = draft.evidence.flatMap((e) => {
    const at = locateQuote(curatedText, e.quote);
    return at.ok ? [] : at.problems.map((problem) => `${e.about}: ${problem.message}: "${e.quote}"`);
  });
  const statements = result.proposals.filter((p): p is StatementProposal => p.type === "statement");
  return {
    score: evaluateDraft({ article: file.replace(/\.yaml$/, ""), text: result.text, draft, statements, key }),
    refused,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
const cell = (s: Score) =>
  `${pct(recall(s))} / ${pct(precision(s))} (${s.matched}/${s.expected}, ${s.proposed})`;

function table(runs: Run[]): string {
  const head = ["article", ...CATEGORIES, "date"];
  const rows = runs.map((r) => [
    r.score.article.split("-").slice(0, 4).join("-"),
    ...CATEGORIES.map((c) => cell(r.score.scores[c])),
    r.score.date.right
      ? `right (${r.score.date.drafted ?? "undated"})`
      : `WRONG (${r.score.date.drafted ?? "none"} ≠ ${r.score.date.expected ?? "none"})`,
  ]);
  const overall = CATEGORIES.map((c) => total(runs.map((r) => r.score.scores[c])));
  const dates = runs.filter((r) => r.score.date.right).length;
  rows.push(["**all five**", ...overall.map(cell), `${dates}/${runs.length}`]);
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

function kindTable(runs: Run[]): string {
  const kinds = [...new Set(runs.flatMap((r) => Object.keys(r.score.kinds)))].sort();
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const rows = kinds.map((k) => {
    const s = total(runs.flatMap((r) => r.score.kinds[k as keyof ArticleScore["kinds"]] ?? []));
    return line([k, cell(s), ENTITY_KINDS_SCORED.includes(k as never) ? "entities" : ""]);
  });
  return [
    line(["kind", "recall / precision (matched/expected, proposed)", "counted in"]),
    line(["---", "---", "---"]),
    ...rows,
  ].join("\n");
}

function targets(runs: Run[]): string[] {
  const lines: string[] = [];
  for (const [category, target] of Object.entries(TARGETS) as [
    Category,
    { recall?: number; precision?: number },
  ][]) {
    const s = total(runs.map((r) => r.score.scores[category]));
    if (target.recall !== undefined)
      lines.push(
        `- ${category} recall ${pct(recall(s))} (target ≥ ${pct(target.recall)}): ${recall(s) >= target.recall ? "met" : "MISSED"}`,
      );
    if (target.precision !== undefined)
      lines.push(
        `- ${category} precision ${pct(precision(s))} (target ≥ ${pct(target.precision)}): ${precision(s) >= target.precision ? "met" : "MISSED"}`,
      );
  }
  const dates = runs.filter((r) => r.score.date.right).length;
  lines.push(
    `- article dates ${dates}/${runs.length} (target 5/5): ${dates === runs.length ? "met" : "MISSED"}`,
  );
  const refused = runs.flatMap((r) => r.refused);
  lines.push(
    `- quotes refused by the compiler: ${refused.length} (target 0): ${refused.length === 0 ? "met" : "MISSED"}`,
  );
  return lines;
}

function details(runs: Run[]): string[] {
  return runs.flatMap((r) => [
    `### ${r.score.article}`,
    ...CATEGORIES.flatMap((c) => {
      const s = r.score.scores[c];
      return [
        ...(s.missed.length ? [`- ${c} missed: ${s.missed.join("; ")}`] : []),
        ...(s.extra.length ? [`- ${c} not in the key: ${s.extra.join("; ")}`] : []),
      ];
    }),
    ...r.refused.map((q) => `- refused quote: ${q}`),
    "",
  ]);
}

const files = readdirSync(path.join(seedDir, "data"))
  .filter((f) => f.endsWith(".yaml"))
  .sort();
const runs = files.map(evaluate);
const date = new Date().toISOString().slice(0, 10);
const MISSED_HEADING = "## What was missed and what the key does not have";
const out = path.join(projectRoot, "bench", "results", `draft-eval-${date}.md`);

/**
 * The sections a person added to an earlier run's file of the same day (any "## " section but the one this
 * program writes), kept in place: a re-run refreshes the figures, not the analysis written beside them.
 */
function handWritten(file: string): string[] {
  if (!existsSync(file)) return [];
  const sections = readFileSync(file, "utf8")
    .split(/^(?=## )/m)
    .slice(1);
  return sections
    .filter((s) => !s.startsWith(MISSED_HEADING))
    .flatMap((s) => s.trimEnd().split("\n").concat(""));
}

const report = [
  `# Draft evaluation, ${date}`,
  "",
  "Each seed article drafted from seed/originals/ against the other four seed files only (leave-one-out),",
  "compared with its curated seed/data file. Cells: recall / precision (matched/expected, proposed).",
  "Matching rules: src/draft/evaluate.ts and docs/writing.md.",
  "",
  table(runs),
  "",
  "Entity kinds (the `entities` column counts Organization, Person, Place, Commodity, Facility, Programme):",
  "",
  kindTable(runs),
  "",
  "Targets (issue 16):",
  "",
  ...targets(runs),
  "",
  ...handWritten(out),
  MISSED_HEADING,
  "",
  ...details(runs),
].join("\n");
writeFileSync(out, report);
console.log([table(runs), "", kindTable(runs), "", ...targets(runs)].join("\n"));
if (values.verbose) console.log(`\n${details(runs).join("\n")}`);
console.log(`\nWritten to ${path.relative(process.cwd(), out)}`);
