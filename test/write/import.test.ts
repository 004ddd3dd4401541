import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Viewer } from "../../src/api-keys.js";
import { connectionEnv } from "../../src/config.js";
import type { Graph } from "../../src/graph/driver.js";
import { countGraph } from "../../src/graph/write.js";
import { projectRoot } from "../../src/project.js";
import { importSource } from "../../src/write/service.js";
import { connectTestGraph, execute, resetAndSeed } from "../support/graph.js";

const fixture = (name: string) => readFileSync(path.join(projectRoot, "test/fixtures/import", name), "utf8");
const YAML = fixture("example-2025-06-02-mou.yaml");
const TEXT = fixture("example-2025-06-02-mou.txt");
const editor: Viewer = { name: "edo", role: "editor" };
const admin: Viewer = { name: "ayu", role: "admin" };

const IMPORT = `mutation ($input: ImportInput!) { importSource(input: $input) {
  dryRun applied
  report { createdEntities updatedEntities createdRelationships updatedRelationships addedEvidence createdSources changes }
  userErrors { field message } } }`;

describe("importing an article", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  it("reports what a dry run would change, and writes nothing", async () => {
    const before = await countGraph(graph);
    const result = await execute(graph, IMPORT, { input: { yaml: YAML, text: TEXT, dryRun: true } }, editor);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).importSource).toEqual({
      dryRun: true,
      applied: false,
      report: {
        createdSources: ["source:example-2025-06-02-mou"],
        createdEntities: [
          "org:kementerian-investasi",
          "agreement:kemenperin-investasi-nickel-mou-2025",
          "indicator:new-nickel-smelters-target-2027",
        ],
        updatedEntities: [],
        createdRelationships: expect.arrayContaining([
          "org:kemenperin-[PARTY_TO]->agreement:kemenperin-investasi-nickel-mou-2025",
          "agreement:kemenperin-investasi-nickel-mou-2025-[COVERS]->commodity:nickel",
        ]),
        updatedRelationships: ["person:setia-diarta-[HOLDS_POSITION]->org:ilmate"],
        addedEvidence: 8,
        changes: true,
      },
      userErrors: [],
    });
    expect(await countGraph(graph)).toEqual(before);
  });

  it("fails in the middle of its transaction without leaving anything", async () => {
    const before = await countGraph(graph);
    // The real Neo4j transaction, made to fail after its first statements have run.
    const failing = Object.create(graph) as Graph;
    failing.writeTransaction = (work) =>
      graph.writeTransaction(async (tx) => {
        let statements = 0;
        const wrapped = Object.create(tx) as typeof tx;
        wrapped.run = ((...args: Parameters<typeof tx.run>) => {
          statements += 1;
          if (statements === 4) throw new Error("injected failure");
          return tx.run(...args);
        }) as typeof tx.run;
        return work(wrapped);
      });
    await expect(importSource(failing, editor, { yaml: YAML, text: TEXT, dryRun: false })).rejects.toThrow(
      "injected failure",
    );
    expect(await countGraph(graph)).toEqual(before);
  });

  it("applies in one transaction, and a second import of the same file changes nothing", async () => {
    const first = await execute(graph, IMPORT, { input: { yaml: YAML, text: TEXT } }, editor);
    expect((first.data as any).importSource).toMatchObject({ applied: true, userErrors: [] });
    const counts = await countGraph(graph);
    const snapshot = await graph.read("MATCH (n:Entity) RETURN n.id AS id, properties(n) AS p ORDER BY id");
    const ties = await graph.read("MATCH ()-[r]->() RETURN r.id AS id, properties(r) AS p ORDER BY id");

    const second = await execute(graph, IMPORT, { input: { yaml: YAML, text: TEXT } }, editor);
    expect((second.data as any).importSource).toMatchObject({
      applied: false,
      report: { changes: false },
      userErrors: [],
    });
    expect(await countGraph(graph)).toEqual(counts);
    expect(await graph.read("MATCH (n:Entity) RETURN n.id AS id, properties(n) AS p ORDER BY id")).toEqual(
      snapshot,
    );
    expect(await graph.read("MATCH ()-[r]->() RETURN r.id AS id, properties(r) AS p ORDER BY id")).toEqual(
      ties,
    );

    const setia = await execute(
      graph,
      `{ entity(id: "person:setia-diarta") { ... on Person { positions { observedOn lastObservedOn } } } }`,
    );
    expect((setia.data as any).entity.positions).toEqual([
      { observedOn: "2025-03-05", lastObservedOn: "2025-06-02" },
    ]);
  });

  it("refuses a malformed file with errors naming the line, and writes nothing", async () => {
    const before = await countGraph(graph);
    const broken = YAML.replace("status: SIGNED", "status: SIGNED_AND_SEALED").replace(
      "to: commodity:nickel",
      "to: commodity:unobtainium",
    );
    const result = await execute(graph, IMPORT, { input: { yaml: broken, text: TEXT } }, editor);
    const errors = (result.data as any).importSource.userErrors as { field: string[]; message: string }[];
    // Both problems at once: the file's own, and the reference the graph does not hold.
    expect(errors.map((e) => e.field)).toEqual([
      ["input", "yaml", "entities[1].status (line 27)"],
      ["input.yaml", "relationships[2].to (line 60)"],
    ]);
    expect(errors[0]?.message).toMatch(/EXPLORED/);
    expect(errors[1]?.message).toBe("unknown entity commodity:unobtainium");
    expect(await countGraph(graph)).toEqual(before);
    const unknown = await execute(
      graph,
      IMPORT,
      { input: { yaml: YAML.replace("to: commodity:nickel", "to: commodity:unobtainium"), text: TEXT } },
      editor,
    );
    expect((unknown.data as any).importSource.userErrors).toEqual([
      {
        field: ["input.yaml", "relationships[2].to (line 60)"],
        message: "unknown entity commodity:unobtainium",
      },
    ]);
  });

  it("reports every problem of a file in one pass, its conflicts with the graph too, each with its line", async () => {
    const before = await countGraph(graph);
    const broken = YAML.replace(
      "id: org:kementerian-investasi\n    name: Kementerian Investasi/BKPM\n    aliases:\n      - Kementerian Investasi\n      - BKPM\n      - Ministry of Investment",
      "id: org:kemenperin\n    name: Kementerian Perindustrian\n    aliases:\n      - Kemenperin",
    )
      .replace("type: MINISTRY", "type: COMPANY")
      .replace('"menargetkan 10 smelter nikel baru beroperasi pada 2027"', '"menargetkan 10 smelter baru"')
      .replace(
        'observedOn: 2025-06-02\n    evidence:\n      - "Direktur',
        'observedOn: 2025-06-31\n    evidence:\n      - "Direktur',
      );
    const result = await importSource(graph, editor, { yaml: broken, text: TEXT, dryRun: true });
    expect(result.applied).toBe(false);
    expect(result.problems.map((p) => `${(p.at ?? []).join(" ")}: ${p.message}`)).toEqual([
      expect.stringMatching(
        /^input yaml entities\[2\]\.evidence\[0\] \(line \d+\): quote not found in the source text: "menargetkan 10 smelter baru"; the closest passage is "menargetkan 10 smelter nikel baru"/,
      ),
      expect.stringMatching(
        /^input yaml relationships\[3\]\.observedOn \(line \d+\): 2025-06-31 is not a calendar date/,
      ),
      expect.stringMatching(
        /^input yaml entities\[0\] \(line 11\) type: org:kemenperin has type "MINISTRY" in the graph, not "COMPANY"/,
      ),
    ]);
    expect(await countGraph(graph)).toEqual(before);
  });

  it("works from the command line too", async () => {
    const run = promisify(execFile);
    const { stdout } = await run(
      "npx",
      ["tsx", "src/write/cli.ts", "test/fixtures/import/example-2025-06-02-mou.yaml", "--dry-run"],
      { cwd: projectRoot, env: { ...process.env, ...connectionEnv(inject("neo4j")) } },
    );
    expect(stdout).toContain("nothing to change; the graph already holds all of it.");
  });

  it("merges a duplicate actor into its survivor, keeping every relationship and quote", async () => {
    const duplicate = `source:
  id: source:example-2025-06-02-mou
  textFile: example-2025-06-02-mou.txt
  publisher: Example Wire
  title: Kemenperin dan Kementerian Investasi Teken Nota Kesepahaman Hilirisasi Nikel
  publishedOn: 2025-06-02
  language: id
entities:
  - kind: Organization
    id: org:bkpm
    name: BKPM
    aliases: [Badan Koordinasi Penanaman Modal]
    type: MINISTRY
    distinctFrom: [org:kementerian-investasi]
    evidence: ["Kementerian Investasi/BKPM menandatangani"]
relationships:
  - type: PARTY_TO
    from: org:bkpm
    to: agreement:kemenperin-investasi-nickel-mou-2025
    key: bkpm
    role: signatory
    evidence: ["Kementerian Investasi/BKPM menandatangani nota kesepahaman"]
`;
    const imported = await execute(graph, IMPORT, { input: { yaml: duplicate, text: TEXT } }, editor);
    expect((imported.data as any).importSource.userErrors).toEqual([]);
    const evidenceBefore = await graph.read<{ n: number }>("MATCH (e:Evidence) RETURN count(e) AS n");
    const tiesOf = async (id: string) =>
      (await graph.read<{ n: number }>("MATCH (:Entity {id: $id})-[r]-() RETURN count(r) AS n", { id }))[0]
        ?.n ?? 0;
    const [survivorTies, duplicateTies] = [
      await tiesOf("org:kementerian-investasi"),
      await tiesOf("org:bkpm"),
    ];

    const MERGE = `mutation { mergeEntities(survivor: "org:kementerian-investasi", duplicate: "org:bkpm") {
      entity { id aliases } movedRelationships movedEvidence userErrors { message } } }`;
    expect((await execute(graph, MERGE, {}, editor)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const merged = (await execute(graph, MERGE, {}, admin)).data as any;
    expect(merged.mergeEntities).toMatchObject({ movedRelationships: 1, movedEvidence: 2, userErrors: [] });
    expect(merged.mergeEntities.entity.aliases).toEqual(
      expect.arrayContaining(["BKPM", "Badan Koordinasi Penanaman Modal"]),
    );
    expect(await tiesOf("org:kementerian-investasi")).toBe(survivorTies + duplicateTies);
    expect(await graph.read("MATCH (e:Evidence) RETURN count(e) AS n")).toEqual(evidenceBefore);
    const old = await execute(graph, `{ entity(id: "org:bkpm") { id } }`);
    expect((old.data as any).entity).toEqual({ id: "org:kementerian-investasi" });
    const around = await execute(graph, `{ neighborhood(id: "org:bkpm") { nodes { id } } }`);
    expect((around.data as any).neighborhood.nodes[0]).toEqual({ id: "org:kementerian-investasi" });
    const dangling = await graph.read("MATCH (e:Evidence) WHERE e.about CONTAINS 'org:bkpm' RETURN e.id");
    expect(dangling).toEqual([]);
  });

  it("deletes an entity with its relationships and their quotes, unless figures measure it", async () => {
    const DELETE = `mutation ($id: ID!) { deleteEntity(id: $id) { deletedId deletedRelationships deletedEvidence userErrors { field message } } }`;
    const refused = (
      await execute(graph, DELETE, { id: "agreement:kemenperin-investasi-nickel-mou-2025" }, admin)
    ).data as any;
    expect(refused.deleteEntity.userErrors[0].message).toMatch(
      /is the subject of indicator:new-nickel-smelters-target-2027/,
    );
    const done = (await execute(graph, DELETE, { id: "indicator:new-nickel-smelters-target-2027" }, admin))
      .data as any;
    expect(done.deleteEntity).toMatchObject({
      deletedId: "indicator:new-nickel-smelters-target-2027",
      deletedRelationships: 1,
      userErrors: [],
    });
    const left = await graph.read(
      "MATCH (e:Evidence) WHERE e.about CONTAINS 'indicator:new-nickel-smelters' RETURN e.id",
    );
    expect(left).toEqual([]);
  });
});
