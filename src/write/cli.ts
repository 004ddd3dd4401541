/**
 * `npm run import -- FILE.yaml [--text FILE.txt] [--dry-run]`: imports one article in the seed format into
 * the configured Neo4j, in one transaction, as the import mutation does. The text file defaults to the
 * YAML's `source.textFile`, looked up beside the YAML file, in ../sources/ and in seed/sources/.
 */
import { existsSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import { parseDocument, type Document } from "yaml";
import { loadConfig } from "../config.js";
import { withDatabase } from "../database.js";
import { projectRoot } from "../project.js";
import { CommandError, readInputFile, runCommand } from "../run-command.js";
import type { ChangeReport } from "./plan.js";
import { importSource } from "./service.js";

const USAGE = `usage: npm run import -- FILE.yaml [--text FILE.txt] [--dry-run]

Imports one article in the seed format (docs/seed-format.md) into Neo4j (the local one, or the one at
NEO4J_URI) in one transaction, as the importSource mutation does: everything is validated first, and
nothing is written when anything is wrong (exit 1).

options:
  --text FILE.txt   the article's text (default: the YAML's source.textFile, looked up beside FILE.yaml,
                    in ../sources/ and in seed/sources/)
  --dry-run         report what would change, and write nothing
  -h, --help        show this help`;

/**
 * The YAML document, or its first syntax error in one line naming the file and the line, before any
 * database is opened.
 */
function parseYaml(yamlFile: string, yamlText: string): Document {
  const doc = parseDocument(yamlText);
  const [syntax] = doc.errors;
  if (syntax) {
    throw new CommandError(
      `${yamlFile}: not imported: YAML ${syntax.code}: ${(syntax.message.split("\n")[0] ?? "").replace(/:$/, "")}`,
    );
  }
  return doc;
}

/** The YAML's `source.textFile`, found beside it, in ../sources/ or in seed/sources/. */
function textFileFor(yamlFile: string, doc: Document): string {
  const named: unknown = doc.getIn(["source", "textFile"]);
  if (typeof named !== "string") {
    throw new CommandError(`${yamlFile}: source.textFile is missing; or pass --text`);
  }
  const dir = path.dirname(yamlFile);
  const candidates = [
    path.join(dir, named),
    path.join(dir, "..", "sources", named),
    path.join(projectRoot, "seed", "sources", named),
  ];
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new CommandError(
      `${yamlFile}: no ${named} in ${candidates.map((c) => path.dirname(c)).join(", ")}; or pass --text`,
    );
  }
  return found;
}

function describe(report: ChangeReport, dryRun: boolean): string {
  const list = (ids: string[]) => (ids.length ? `: ${ids.join(", ")}` : "");
  const verb = dryRun ? "would be" : "were";
  return [
    `${report.createdSources.length} sources ${verb} created${list(report.createdSources)}`,
    `${report.createdEntities.length} entities ${verb} created${list(report.createdEntities)}`,
    `${report.updatedEntities.length} entities ${verb} updated${list(report.updatedEntities)}`,
    `${report.createdRelationships.length} relationships ${verb} created`,
    `${report.updatedRelationships.length} relationships ${verb} updated`,
    `${report.addedEvidence} quotes ${verb} added`,
    `${report.createdStatements.length} statements ${verb} created${list(report.createdStatements)}`,
  ].join("\n");
}

runCommand(
  {
    name: "npm run import",
    usage: USAGE,
    options: { text: { type: "string" }, "dry-run": { type: "boolean", default: false } },
    positionals: ["FILE.yaml"],
  },
  async ({ values, positionals: [file = ""] }) => {
    const yaml = readInputFile(file);
    const doc = parseYaml(file, yaml);
    const text = readInputFile(values.text ?? textFileFor(file, doc));
    const dryRun = values["dry-run"];
    const log = (line: string) => {
      console.error(line);
    };
    return withDatabase(loadConfig(), log, async (graph) => {
      const actor = { name: `cli:${userInfo().username}`, role: "admin" as const };
      const result = await importSource(graph, actor, { yaml, text, dryRun }, [file]);
      for (const w of result.warnings) console.error(`warning: ${(w.at ?? []).join(": ")}: ${w.message}`);
      if (result.problems.length > 0) {
        console.error(`${file}: not imported, nothing was written:`);
        for (const p of result.problems) console.error(`  ${(p.at ?? []).join(": ")}: ${p.message}`);
        return 1;
      }
      if (!result.value) return 1;
      if (!result.value.changes) {
        console.log(`${file}: nothing to change; the graph already holds all of it.`);
        return 0;
      }
      console.log(
        `${file}: ${dryRun ? "dry run, nothing written" : "imported in one transaction"}.\n${describe(result.value, dryRun)}`,
      );
      return 0;
    });
  },
);
