import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/api-keys.js";
import { createApiKey, parseApiKeys } from "../../src/api-keys.js";
import { countGraph } from "../../src/graph/write.js";
import { INPUT_BOUNDS, LIMITS } from "../../src/limits.js";
import { projectRoot } from "../../src/project.js";
import { startHttpServer } from "../../src/http.js";
import { connectTestGraph, execute, resetAndSeed } from "../support/graph.js";
import { postGraphQL } from "../support/http.js";

const editor: Viewer = { name: "edo", role: "editor" };
const reader: Viewer = { name: "rita", role: "reader" };

/** An article written for this test (not in seed/): Kemenperin, ILMATE's Setia Diarta, a new company. */
const ARTICLE = readFileSync(path.join(projectRoot, "test/fixtures/add-article/katoda-batang.txt"), "utf8");

const DRAFT = `mutation ($input: DraftSourceInput!) { draftSource(input: $input) {
  draft { sourceId title publishedOn yaml text sentences { start end } dropped
    proposals { key kind id name entityKind existingId rule confidence quote start end type from to } }
  userErrors { field message } } }`;
const IMPORT = `mutation ($input: ImportInput!) { importSource(input: $input) {
  applied report { createdEntities updatedEntities createdRelationships createdSources candidates { id } }
  userErrors { field message } } }`;

interface Proposal {
  key: string;
  kind: "ENTITY" | "RELATIONSHIP" | "STATEMENT";
  id: string;
  name: string | null;
  existingId: string | null;
  quote: string;
  start: number;
  end: number;
  type: string | null;
  from: string | null;
  to: string | null;
}
interface DraftAnswer {
  draft: { sourceId: string; yaml: string; text: string; proposals: Proposal[]; publishedOn: string } | null;
  userErrors: { field: string[]; message: string }[];
}

describe("draftSource", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  const draft = async (input: Record<string, unknown>, viewer: Viewer | null = editor) => {
    const result = await execute(graph, DRAFT, { input: { publisher: "Catatan Uji", ...input } }, viewer);
    expect(result.errors).toBeUndefined();
    return (result.data as { draftSource: DraftAnswer }).draftSource;
  };

  it("needs an editor's key, like the writes it prepares", async () => {
    const anonymous = await execute(graph, DRAFT, { input: { text: ARTICLE } }, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const read = await execute(graph, DRAFT, { input: { text: ARTICLE } }, reader);
    expect(read.errors?.[0]).toMatchObject({
      message: "draftSource: this needs the editor role; rita is a reader",
      extensions: { code: "FORBIDDEN" },
    });
    // Refused before anything ran: no data at all.
    expect(read.data).toBeUndefined();
  });

  it("refuses a page over its bound, naming the bound and the size", async () => {
    const text = "Kemenperin mendorong industri baterai. ".repeat(2000).slice(0, INPUT_BOUNDS.draftText + 1);
    const answer = await draft({ text });
    expect(answer).toEqual({
      draft: null,
      userErrors: [
        {
          field: ["input", "text"],
          message: `must be at most ${INPUT_BOUNDS.draftText} characters; this one has ${INPUT_BOUNDS.draftText + 1}`,
        },
      ],
    });
  });

  it("takes a page at its bound over HTTP: the bound is below the request body's", async () => {
    const { token, entry } = createApiKey("edo", "editor");
    const info = () => ({ neo4jVersion: "5.26", neo4jEdition: "community" });
    const auth = { keys: parseApiKeys(entry).keys, readAccess: "public" as const };
    const server = await startHttpServer(graph, info, { host: "127.0.0.1", port: 0 }, auth);
    try {
      const text = `${ARTICLE}\n\n${"x".repeat(INPUT_BOUNDS.draftText)}`.slice(0, INPUT_BOUNDS.draftText);
      const body = JSON.stringify({ query: DRAFT, variables: { input: { text } } });
      expect(Buffer.byteLength(body)).toBeLessThan(LIMITS.maxBodyBytes);
      const { status, body: answer } = await postGraphQL(server.url, DRAFT, { input: { text } }, token);
      expect(status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect((answer.data as { draftSource: DraftAnswer }).draftSource.userErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it("proposes what an unseen article says, each quote at its offsets in the cleaned text", async () => {
    const before = await countGraph(graph);
    const run = await execute(graph, DRAFT, { input: { text: ARTICLE, publisher: "Catatan Uji" } }, editor);
    // The graph's entities are read in one round trip; the rest is the rules'.
    expect(run.roundTrips).toBe(1);
    const { draft: result, userErrors } = (run.data as { draftSource: DraftAnswer }).draftSource;
    expect(userErrors).toEqual([]);
    expect(result?.publishedOn).toBe("2025-10-14");
    const proposals = result!.proposals;
    expect(proposals.length).toBeGreaterThan(10);
    for (const p of proposals) {
      expect(result!.text.slice(p.start, p.end)).toBe(p.quote);
      // The import cites a quote that occurs once: this one, at these offsets.
      expect(result!.text.indexOf(p.quote)).toBe(p.start);
      expect(result!.text.lastIndexOf(p.quote)).toBe(p.start);
    }
    expect(new Set(proposals.map((p) => p.key)).size).toBe(proposals.length);
    // It reads the graph and writes nothing.
    expect(await countGraph(graph)).toEqual(before);
  });

  it("reuses the ids of entities already in the graph, and proposes new ones for the rest", async () => {
    const { draft: result } = await draft({ text: ARTICLE });
    const entities = result!.proposals.filter((p) => p.kind === "ENTITY");
    const existing = new Set(entities.flatMap((p) => (p.existingId ? [p.existingId] : [])));
    for (const id of ["org:kemenperin", "org:ilmate", "person:setia-diarta", "commodity:nickel"])
      expect(existing).toContain(id);
    const company = entities.find((p) => p.name === "PT Sinar Katoda Nusantara");
    expect(company).toMatchObject({ id: "org:sinar-katoda-nusantara", existingId: null });
    expect(result!.proposals).toContainEqual(
      expect.objectContaining({
        kind: "RELATIONSHIP",
        type: "HOLDS_POSITION",
        from: "person:setia-diarta",
        to: "org:ilmate",
      }),
    );
  });

  it("rebuilds the YAML from the review, which the import's dry run accepts", async () => {
    const first = (await draft({ text: ARTICLE })).draft!;
    const hendra = first.proposals.find((p) => p.kind === "ENTITY" && p.name === "Hendra Wijaya Kusuma");
    expect(hendra).toBeDefined();
    const review = {
      rejected: [hendra!.key],
      edits: [
        { id: "org:sinar-katoda-nusantara", newId: "org:sinar-katoda", name: "PT Sinar Katoda Nusantara" },
      ],
    };
    const { draft: reviewed, userErrors } = await draft({ text: ARTICLE, review });
    expect(userErrors).toEqual([]);
    // The rejected person is gone, and so is the position that needed them; the edited id is everywhere.
    expect(reviewed!.yaml).not.toContain("hendra-wijaya-kusuma");
    expect(reviewed!.yaml).not.toContain("org:sinar-katoda-nusantara");
    expect(
      reviewed!.proposals.some((p) => p.from === "org:sinar-katoda" || p.id === "org:sinar-katoda"),
    ).toBe(true);

    const before = await countGraph(graph);
    const result = await execute(
      graph,
      IMPORT,
      { input: { yaml: reviewed!.yaml, text: reviewed!.text, dryRun: true } },
      editor,
    );
    expect(result.errors).toBeUndefined();
    const { importSource } = result.data as {
      importSource: { applied: boolean; userErrors: unknown[]; report: Record<string, unknown[]> };
    };
    expect(importSource.userErrors).toEqual([]);
    expect(importSource.applied).toBe(false);
    expect(importSource.report.createdSources).toEqual([reviewed!.sourceId]);
    expect(importSource.report.createdEntities).toContain("org:sinar-katoda");
    expect(importSource.report.updatedEntities).toContain("org:kemenperin");
    expect(importSource.report.candidates).toEqual([]);
    expect(await countGraph(graph)).toEqual(before);
  });

  it("says what is wrong with a review: an unknown key, an existing entity renamed, an id that is none", async () => {
    const unknown = await draft({ text: ARTICLE, review: { rejected: ["entity|x|0-1|org:x"] } });
    expect(unknown.draft).toBeNull();
    expect(unknown.userErrors[0]).toMatchObject({ field: ["input", "review", "rejected", "0"] });
    const renamed = await draft({ text: ARTICLE, review: { edits: [{ id: "org:kemenperin", name: "X" }] } });
    expect(renamed.userErrors[0]?.message).toMatch(/org:kemenperin is already in the graph/);
    const bad = await draft({
      text: ARTICLE,
      review: { edits: [{ id: "org:sinar-katoda-nusantara", newId: "Sinar Katoda" }] },
    });
    expect(bad.draft).toBeNull();
    expect(bad.userErrors[0]).toMatchObject({ field: ["input", "review"] });
    expect(bad.userErrors[0]?.message).toMatch(/expected an id like/);
  });
});
