/**
 * `npm run import -- FILE.yaml [--text FILE.txt] [--dry-run]`: imports one article in the seed format into
 * the configured Neo4j, in one transaction, as the import mutation does. The text file defaults to the
 * YAML's `source.textFile`, looked up beside the YAML file, in ../sources/ and in seed/sources/.
 */
import { existsSync, readFileSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { ConfigError, loadConfig } from "../config.js";
import { openDatabase } from "../database.js";
import { migrate } from "../graph/migrations.js";
import { LocalNeo4jError } from "../local-neo4j/install.js";
import { projectRoot } from "../project.js";
import type { ChangeReport } from "./plan.js";
import { importSource } from "./service.js";

const USAGE = "usage: npm run import -- FILE.yaml [--text FILE.txt] [--dry-run]";

function textFileFor(yamlFile: string, yamlText: string, explicit: string | undefined): string {
  if (explicit) return explicit;
  const named = (parse(yamlText) as { source?: { textFile?: unknown } } | null)?.source?.textFile;
  if (typeof named !== "string")
    throw new ConfigError(`${yamlFile}: source.textFile is missing; or pass --text`);
  const dir = path.dirname(yamlFile);
  const candidates = [
    path.join(dir, named),
    path.join(dir, "..", "sources", named),
    path.join(projectRoot, "seed", "sources", named),
  ];
  const found = candidates.find((c) => existsSync(c));
  if (!found)
    throw new ConfigError(
      `${yamlFile}: no ${named} in ${candidates.map((c) => path.dirname(c)).join(", ")}; or pass --text`,
    );
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
  ].join("\n");
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { text: { type: "string" }, "dry-run": { type: "boolean", default: false } },
  });
  const [file] = positionals;
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  const yaml = readFileSync(file, "utf8");
  const text = readFileSync(textFileFor(file, yaml, values.text), "utf8");
  const dryRun = values["dry-run"];
  const db = await openDatabase(loadConfig(), (line) => {
    console.error(line);
  });
  try {
    await migrate(db.graph);
    const actor = { name: `cli:${userInfo().username}`, role: "admin" as const };
    const result = await importSource(db.graph, actor, { yaml, text, dryRun }, [file]);
    for (const w of result.warnings) console.error(`warning: ${w.path.join(": ")}: ${w.message}`);
    if (result.problems.length > 0) {
      console.error(`${file}: not imported, nothing was written:`);
      for (const p of result.problems) console.error(`  ${p.path.join(": ")}: ${p.message}`);
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
  } finally {
    await db.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof LocalNeo4jError)
      console.error(`error: ${error.message}`);
    else if ((error as NodeJS.ErrnoException).code === "ENOENT")
      console.error(`error: ${(error as Error).message}`);
    else console.error(error);
    process.exitCode = 1;
  },
);
