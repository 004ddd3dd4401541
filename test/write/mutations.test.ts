import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/api-keys.js";
import type { Graph } from "../../src/graph/driver.js";
import { countGraph } from "../../src/graph/write.js";
import { INPUT_BOUNDS, WRITE_TIMEOUT_MS } from "../../src/limits.js";
import { upsertEntity } from "../../src/write/service.js";
import { connectTestGraph, execute, resetAndSeed } from "../support/graph.js";

const reader: Viewer = { name: "rita", role: "reader" };
const editor: Viewer = { name: "edo", role: "editor" };
const admin: Viewer = { name: "ayu", role: "admin" };

const TEXT =
  "Jakarta - Kementerian Perindustrian (Kemenperin) dan Kementerian Investasi menandatangani nota kesepahaman " +
  "tentang hilirisasi nikel, Senin (2/6). Direktur Jenderal ILMATE Setia Diarta hadir dalam penandatanganan itu.";

describe("mutations", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  const run = async (query: string, variables: Record<string, unknown>, viewer: Viewer | null) => {
    const result = await execute(graph, query, variables, viewer);
    return result;
  };
  const auditEntries = async () =>
    (await graph.read<{ n: number }>("MATCH (a:AuditEntry) RETURN count(a) AS n"))[0]?.n ?? 0;
  const ADD_SOURCE = `mutation ($input: SourceInput!) { addSource(input: $input) {
    source { id } report { createdSources changes } userErrors { field message } } }`;
  const source = {
    id: "source:test-2025-06-02-mou",
    publisher: "Test Wire",
    title: "Kemenperin dan Kementerian Investasi teken MoU hilirisasi nikel",
    publishedOn: "2025-06-02",
    language: "id",
    text: TEXT,
  };

  describe("authorization", () => {
    it("refuses a write without a token as UNAUTHENTICATED", async () => {
      const result = await run(ADD_SOURCE, { input: source }, null);
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("refuses a reader's write as FORBIDDEN", async () => {
      const result = await run(ADD_SOURCE, { input: source }, reader);
      expect(result.errors?.[0]).toMatchObject({
        message: "addSource: this needs the editor role; rita is a reader",
        extensions: { code: "FORBIDDEN" },
      });
    });

    it("lets an editor write", async () => {
      const result = await run(ADD_SOURCE, { input: source }, editor);
      expect(result.errors).toBeUndefined();
      expect(result.data?.addSource).toEqual({
        source: { id: source.id },
        report: { createdSources: [source.id], changes: true },
        userErrors: [],
      });
    });

    it("keeps the audit log for admins only", async () => {
      const AUDIT = `{ auditLog(first: 5) { totalCount edges { node { actor role action targets summary at } } } }`;
      expect((await run(AUDIT, {}, editor)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const result = await run(AUDIT, {}, admin);
      expect(result.errors).toBeUndefined();
      const log = (result.data as any).auditLog;
      expect(log.totalCount).toBeGreaterThanOrEqual(1);
      expect(log.edges[0].node).toMatchObject({
        actor: "edo",
        role: "editor",
        action: "addSource",
        targets: [source.id],
      });
    });
  });

  describe("validation", () => {
    const UPSERT = `mutation ($input: EntityInput!) { upsertEntity(input: $input) {
      entity { id name aliases } report { createdEntities updatedEntities addedEvidence changes candidates { id sharedNames matches { id } } }
      userErrors { field message } } }`;

    it("names each field that is wrong and writes nothing", async () => {
      const before = await countGraph(graph);
      const result = await run(
        UPSERT,
        {
          input: {
            id: "Org Investasi",
            kind: "Organization",
            name: "",
            type: "MINISTERY",
            evidence: [{ sourceId: source.id, quote: "Kementerian Investasi" }],
          },
        },
        editor,
      );
      expect(result.errors).toBeUndefined();
      const errors = (result.data as any).upsertEntity.userErrors as { field: string[]; message: string }[];
      expect(errors.map((e) => e.field.join("."))).toEqual(["input.id", "input.name", "input.type"]);
      expect(errors[0]?.message).toMatch(/expected an id like 'org:inalum'/);
      expect(await countGraph(graph)).toEqual(before);
    });

    it("refuses a quote that is not in its source, naming it", async () => {
      const before = await countGraph(graph);
      const result = await run(
        UPSERT,
        {
          input: {
            id: "org:kementerian-investasi",
            kind: "Organization",
            name: "Kementerian Investasi",
            type: "MINISTRY",
            evidence: [
              { sourceId: source.id, quote: "Kementerian Investasi menandatangani" },
              { sourceId: source.id, quote: "Kementerian Keuangan menandatangani" },
              { sourceId: "source:nowhere", quote: "Kementerian Investasi" },
            ],
          },
        },
        editor,
      );
      expect((result.data as any).upsertEntity.userErrors).toEqual([
        {
          field: ["input", "evidence", "1", "quote"],
          message:
            'quote not found in the source text: "Kementerian Keuangan menandatangani"; ' +
            'the closest passage is "Kementerian Investasi menandatangani"',
        },
        {
          field: ["input", "evidence", "2", "sourceId"],
          message: "no source has the id source:nowhere; add it first (addSource)",
        },
      ]);
      expect(await countGraph(graph)).toEqual(before);
    });

    it("never silently duplicates an actor: a new id sharing a name is refused with the candidates", async () => {
      const before = await countGraph(graph);
      const input = {
        id: "org:kementerian-perindustrian",
        kind: "Organization",
        name: "Kementerian Perindustrian",
        aliases: ["Kemenperin"],
        type: "MINISTRY",
        evidence: [{ sourceId: source.id, quote: "Kementerian Perindustrian (Kemenperin)" }],
      };
      const result = (await run(UPSERT, { input }, editor)).data as any;
      expect(result.upsertEntity.report.candidates).toEqual([
        {
          id: "org:kementerian-perindustrian",
          sharedNames: expect.arrayContaining(["Kemenperin"]),
          matches: [{ id: "org:kemenperin" }],
        },
      ]);
      expect(result.upsertEntity.userErrors[0].message).toMatch(
        /may be org:kemenperin .*use that id, or list it in distinctFrom/,
      );
      expect(await countGraph(graph)).toEqual(before);
    });

    it("adds to a known actor: new evidence and aliases, nothing else", async () => {
      const input = {
        id: "org:kemenperin",
        kind: "Organization",
        name: "Kementerian Perindustrian",
        aliases: ["Kemenperin RI"],
        type: "MINISTRY",
        evidence: [{ sourceId: source.id, quote: "Kementerian Perindustrian (Kemenperin)" }],
      };
      const result = (await run(UPSERT, { input }, editor)).data as any;
      expect(result.upsertEntity.userErrors).toEqual([]);
      expect(result.upsertEntity.report).toMatchObject({
        createdEntities: [],
        updatedEntities: ["org:kemenperin"],
        addedEvidence: 1,
      });
      expect(result.upsertEntity.entity.aliases).toEqual(
        expect.arrayContaining(["Kemenperin", "Ministry of Industry", "Kemenperin RI"]),
      );
      const audited = await auditEntries();
      const again = (await run(UPSERT, { input }, editor)).data as any;
      expect(again.upsertEntity.report.changes).toBe(false);
      expect(again.upsertEntity.userErrors).toEqual([]);
      // A write that changes nothing says so, and leaves no audit entry.
      expect(await auditEntries()).toBe(audited);
    });

    it("refuses to rename an entity silently", async () => {
      const input = {
        id: "org:kemenperin",
        kind: "Organization",
        name: "Ministry of Industry",
        type: "MINISTRY",
        evidence: [{ sourceId: source.id, quote: "Kementerian Perindustrian (Kemenperin)" }],
      };
      const result = (await run(UPSERT, { input }, editor)).data as any;
      expect(result.upsertEntity.userErrors[0].message).toMatch(
        /has name "Kementerian Perindustrian" in the graph.*give the other name as an alias/,
      );
    });

    it("refuses to change what an entity is", async () => {
      const input = {
        id: "org:kemenperin",
        kind: "Organization",
        name: "Kementerian Perindustrian",
        type: "COMPANY",
        evidence: [{ sourceId: source.id, quote: "Kementerian Perindustrian (Kemenperin)" }],
      };
      const result = (await run(UPSERT, { input }, editor)).data as any;
      expect(result.upsertEntity.userErrors).toEqual([
        {
          field: ["input", "type"],
          message: 'org:kemenperin has type "MINISTRY" in the graph, not "COMPANY"',
        },
      ]);
    });

    it("stores Cypher-injection strings as plain data", async () => {
      const before = await countGraph(graph);
      const nasty = [
        "x'}) DETACH DELETE n //",
        '"}) MATCH (m) DETACH DELETE m //',
        "`Entity` :Organization {id: 'x'}",
        "\\u0027; DROP",
      ];
      const result = (
        await run(
          UPSERT,
          {
            input: {
              id: "org:kementerian-investasi",
              kind: "Organization",
              name: nasty[0],
              aliases: nasty.slice(1),
              description: "MATCH (n) DETACH DELETE n",
              type: "MINISTRY",
              evidence: [{ sourceId: source.id, quote: "Kementerian Investasi menandatangani" }],
            },
          },
          editor,
        )
      ).data as any;
      expect(result.upsertEntity.userErrors).toEqual([]);
      expect(result.upsertEntity.entity).toEqual({
        id: "org:kementerian-investasi",
        name: nasty[0],
        aliases: nasty.slice(1),
      });
      const after = await countGraph(graph);
      expect(after.byLabel.Entity).toBe((before.byLabel.Entity ?? 0) + 1);
      const search = await run(`{ search(query: "DETACH DELETE") { totalCount } }`, {}, null);
      expect(search.errors).toBeUndefined();
    });
  });

  it("stores Cypher-injection strings in every string input as plain data", async () => {
    const before = await countGraph(graph);
    const bad = "') MATCH (n) DETACH DELETE n //";
    const text = `Laporan ${bad} selesai. Menteri ${bad} hadir.`;
    const added = await run(
      ADD_SOURCE,
      {
        input: {
          id: "source:test-injection",
          publisher: bad,
          title: bad,
          author: bad,
          dateNote: `${bad} dated`,
          language: "id",
          text,
        },
      },
      editor,
    );
    expect((added.data as any).addSource.userErrors).toEqual([]);
    const tie = await run(
      `mutation ($input: RelationshipInput!) { addRelationship(input: $input) { relationship { role title } userErrors { message } } }`,
      {
        input: {
          type: "HOLDS_POSITION",
          from: "person:setia-diarta",
          to: "org:ilmate",
          key: "injection",
          title: bad,
          titleEn: bad,
          role: bad,
          inferred: `${bad} inferred`,
          evidence: [{ sourceId: "source:test-injection", quote: `Menteri ${bad} hadir` }],
        },
      },
      editor,
    );
    expect((tie.data as any).addRelationship).toEqual({
      relationship: { role: bad, title: bad },
      userErrors: [],
    });
    const stored = await run(
      `{ node(id: "source:test-injection") { ... on Source { publisher title author text } } }`,
      {},
      null,
    );
    expect((stored.data as any).node).toEqual({ publisher: bad, title: bad, author: bad, text });
    const after = await countGraph(graph);
    expect(after.byLabel.Source).toBe((before.byLabel.Source ?? 0) + 1);
    expect(after.byLabel.Entity).toBe(before.byLabel.Entity);

    const removed = await run(
      `mutation { removeRelationship(id: "person:setia-diarta-[HOLDS_POSITION]->org:ilmate#injection") { deletedId deletedEvidence userErrors { message } } }`,
      {},
      editor,
    );
    expect((removed.data as any).removeRelationship).toEqual({
      deletedId: "person:setia-diarta-[HOLDS_POSITION]->org:ilmate#injection",
      deletedEvidence: 1,
      userErrors: [],
    });
  });

  describe("relationships and evidence", () => {
    const ADD = `mutation ($input: RelationshipInput!) { addRelationship(input: $input) {
      relationship { id type from { id } to { id } observedOn evidence { quote source { id } } }
      userErrors { field message } } }`;

    it("adds a relationship with its evidence, and checks its ends", async () => {
      const ok = (
        await run(
          ADD,
          {
            input: {
              type: "TOOK_PART_IN",
              from: "person:setia-diarta",
              to: "event:kemenperin-unido-meeting-2025-03-05",
              key: "test",
              observedOn: "2025-06-02",
              evidence: [{ sourceId: source.id, quote: "Setia Diarta hadir dalam penandatanganan itu" }],
            },
          },
          editor,
        )
      ).data as any;
      expect(ok.addRelationship.userErrors).toEqual([]);
      expect(ok.addRelationship.relationship).toMatchObject({
        id: "person:setia-diarta-[TOOK_PART_IN]->event:kemenperin-unido-meeting-2025-03-05#test",
        evidence: [{ quote: "Setia Diarta hadir dalam penandatanganan itu", source: { id: source.id } }],
      });

      const bad = (
        await run(
          ADD,
          {
            input: {
              type: "HOLDS_POSITION",
              from: "org:kemenperin",
              to: "org:nowhere",
              title: "Menteri",
              evidence: [{ sourceId: source.id, quote: "Setia Diarta hadir dalam penandatanganan itu" }],
            },
          },
          editor,
        )
      ).data as any;
      expect(bad.addRelationship.userErrors).toEqual([
        { field: ["input", "from"], message: "org:kemenperin is a Organization; expected Person" },
        { field: ["input", "to"], message: "unknown entity org:nowhere" },
      ]);
    });

    it("adds evidence to an existing relationship, and refuses it for an unknown one", async () => {
      const ADD_EVIDENCE = `mutation ($input: AddEvidenceInput!) { addEvidence(input: $input) { report { addedEvidence } userErrors { field message } } }`;
      const ok = (
        await run(
          ADD_EVIDENCE,
          {
            input: {
              about: "person:setia-diarta-[HOLDS_POSITION]->org:ilmate",
              sourceId: source.id,
              quote: "Direktur Jenderal ILMATE Setia Diarta",
            },
          },
          editor,
        )
      ).data as any;
      expect(ok.addEvidence).toEqual({ report: { addedEvidence: 1 }, userErrors: [] });
      const missing = (
        await run(
          ADD_EVIDENCE,
          {
            input: {
              about: "org:nowhere",
              sourceId: source.id,
              quote: "Direktur Jenderal ILMATE Setia Diarta",
            },
          },
          editor,
        )
      ).data as any;
      expect(missing.addEvidence.userErrors).toEqual([
        { field: ["input", "about"], message: "no entity or relationship has the id org:nowhere" },
      ]);
    });
  });

  describe("one transaction per write, bounds, and every root field's role", () => {
    const UPSERT_ENTITY = `mutation ($input: EntityInput!) { upsertEntity(input: $input) {
      entity { id } userErrors { field message } } }`;
    const kemenperin = (aliases: string[]) => ({
      id: "org:kemenperin",
      kind: "Organization",
      name: "Kementerian Perindustrian",
      aliases,
      type: "MINISTRY",
      evidence: [{ sourceId: source.id, quote: "Kementerian Perindustrian (Kemenperin)" }],
    });

    it("checks the role of every root field before running any: nothing of the operation is written", async () => {
      const before = await countGraph(graph);
      const audited = await auditEntries();
      const MIXED = `mutation ($input: EntityInput!) {
        a: upsertEntity(input: $input) { userErrors { message } }
        ...Deletion }
        fragment Deletion on Mutation { b: deleteEntity(id: "org:ilmate") { userErrors { message } } }`;
      const result = await run(MIXED, { input: kemenperin(["Kemenperin Pusat"]) }, editor);
      expect(result.data).toBeUndefined();
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: "deleteEntity: this needs the admin role; edo is an editor",
          extensions: expect.objectContaining({ code: "FORBIDDEN" }),
        }),
      ]);
      expect(await countGraph(graph)).toEqual(before);
      expect(await auditEntries()).toBe(audited);
    });

    it("refuses a value over its bound, naming the field and the bound", async () => {
      const result = (
        await run(
          UPSERT_ENTITY,
          {
            input: {
              ...kemenperin(Array.from({ length: INPUT_BOUNDS.aliases + 1 }, (_, i) => `Alias ${i}`)),
              id: "org:kementerian-bounds",
              name: "K".repeat(INPUT_BOUNDS.name + 1),
              description: "d".repeat(95_000),
              evidence: [{ sourceId: source.id, quote: "q".repeat(INPUT_BOUNDS.quote + 1) }],
            },
          },
          editor,
        )
      ).data as any;
      expect(result.upsertEntity.userErrors).toEqual([
        { field: ["input", "name"], message: "must be at most 300 characters; this one has 301" },
        { field: ["input", "aliases"], message: "must have at most 50 items; this one has 51" },
        { field: ["input", "description"], message: "must be at most 2000 characters; this one has 95000" },
        { field: ["input", "evidence", "0"], message: "must be at most 1000 characters; this one has 1001" },
      ]);
      const deleted = (
        await run(
          `mutation ($id: ID!) { deleteEntity(id: $id) { userErrors { field message } } }`,
          {
            id: `org:${"x".repeat(400)}`,
          },
          admin,
        )
      ).data as any;
      expect(deleted.deleteEntity.userErrors).toEqual([
        { field: ["id"], message: "must be at most 300 characters; this one has 404" },
      ]);
      const imported = (
        await run(
          `mutation ($input: ImportInput!) { importSource(input: $input) { applied userErrors { field message } } }`,
          { input: { yaml: "#".repeat(INPUT_BOUNDS.importYaml + 1), text: TEXT } },
          editor,
        )
      ).data as any;
      expect(imported.importSource).toEqual({
        applied: false,
        userErrors: [
          { field: ["input", "yaml"], message: "must be at most 60000 characters; this one has 60001" },
        ],
      });
    });

    it("refuses a relationship from an entity to itself", async () => {
      const result = (
        await run(
          `mutation ($input: RelationshipInput!) { addRelationship(input: $input) { relationship { id } userErrors { field message } } }`,
          {
            input: {
              type: "UNIT_OF",
              from: "org:ilmate",
              to: "org:ilmate",
              evidence: [{ sourceId: source.id, quote: "Direktur Jenderal ILMATE Setia Diarta" }],
            },
          },
          editor,
        )
      ).data as any;
      expect(result.addRelationship).toEqual({
        relationship: null,
        userErrors: [
          {
            field: ["input", "to"],
            message: "a relationship cannot connect an entity to itself (org:ilmate)",
          },
        ],
      });
    });

    it("refuses an alias another entity of the kind is named, as it refuses a new entity of that name", async () => {
      const result = (await run(UPSERT_ENTITY, { input: kemenperin(["ILMATE"]) }, editor)).data as any;
      expect(result.upsertEntity.userErrors).toEqual([
        {
          field: ["input", "aliases"],
          message:
            'org:ilmate is named "ILMATE" too; merge the two (mergeEntities), or list it in distinctFrom if they are different actors',
        },
      ]);
    });

    it("gives a write the write timeout: one that runs out is rolled back, and says so", async () => {
      // A test transaction holds the lock of the entity node that the write must update.
      const session = graph.driver.session({ database: graph.database });
      const held = await session.beginTransaction();
      await held.run("MATCH (n:Entity {id: 'org:kemenperin'}) SET n.lockedByTest = true");
      const timeouts: (number | undefined)[] = [];
      const impatient = Object.create(graph) as Graph;
      impatient.writeTransaction = (work, options) => {
        timeouts.push(options?.timeoutMs);
        return graph.writeTransaction(work, { timeoutMs: 1_000 });
      };
      try {
        const result = await upsertEntity(impatient, editor, kemenperin(["Kemenperin Lambat"]));
        expect(timeouts).toEqual([WRITE_TIMEOUT_MS]);
        expect(result).toEqual({
          applied: false,
          value: null,
          problems: [
            {
              at: [],
              message: expect.stringMatching(/^the write took longer than 20 s .*nothing was written/),
            },
          ],
        });
      } finally {
        await held.rollback();
        await session.close();
      }
      const [row] = await graph.read<{ aliases: string[] }>(
        "MATCH (n:Entity {id: 'org:kemenperin'}) RETURN n.aliases AS aliases",
      );
      expect(row?.aliases).not.toContain("Kemenperin Lambat");
    });
  });
});
