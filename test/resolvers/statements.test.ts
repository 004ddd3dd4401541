import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/api-keys.js";
import { projectRoot } from "../../src/project.js";
import { connectTestGraph, dataOf, execute, resetAndSeed } from "../support/graph.js";

/** Statements through the API on the seed graph: who said what, about what, when, where, with quotes. */
describe("statements", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  const query = (text: string, variables: Record<string, unknown> = {}) => dataOf(graph, text, variables);
  const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);
  const sourceText = (file: string) => readFileSync(path.join(projectRoot, "seed/sources", file), "utf8");

  it("gives a person's statements with their quotes at their offsets and their sources", async () => {
    const data = await query(`{
      entity(id: "person:setia-diarta") {
        ... on Person {
          statements {
            totalCount
            edges { node {
              id paraphrase stance date dateDerived
              speaker { id }
              place { id }
              about { id }
              quote { quote start end source { id textFile: id publishedOn } }
              source { id text }
            } }
          }
        }
      }
    }`);
    const { statements } = data.entity;
    expect(statements.totalCount).toBe(3);
    expect(ids(statements)).toEqual([
      "statement:setia-diarta-electric-vehicle-industry",
      "statement:setia-diarta-nickel-battery-recycling",
      "statement:setia-diarta-nickel-supply-chain",
    ]);
    const recycling = statements.edges[1].node;
    expect(recycling).toMatchObject({
      paraphrase:
        "Nickel downstreaming must not stop at raw materials but include battery recycling technology.",
      stance: "URGES",
      date: "2025-03-05",
      dateDerived: false,
      speaker: { id: "person:setia-diarta" },
      place: { id: "place:jakarta" },
      about: [{ id: "commodity:nickel" }, { id: "topic:battery-recycling" }, { id: "topic:downstreaming" }],
    });
    const text = sourceText("petrominer-2025-03-11-kemenperin-unido-green-industry-nickel.txt");
    for (const { node } of statements.edges) {
      expect(node.source.id).toBe("source:petrominer-2025-03-11-kemenperin-unido-green-industry-nickel");
      expect(node.quote.source.id).toBe(node.source.id);
      expect(node.source.text).toBe(text);
      expect(text.slice(node.quote.start, node.quote.end)).toBe(node.quote.quote);
    }
    expect(recycling.quote.quote).toBe(
      "Kami ingin memastikan hilirisasi nikel tidak berhenti pada produksi bahan baku, tetapi juga mencakup pengembangan teknologi daur ulang baterai",
    );
  });

  it("lists statements about nickel, by anyone or by one speaker", async () => {
    const data = await query(`{
      all: statements(about: "commodity:nickel") { totalCount edges { node { id speaker { id } } } }
      bySetia: statements(about: "commodity:nickel", by: "person:setia-diarta") { totalCount }
      byEko: statements(about: "commodity:nickel", by: "person:eko-sa-cahyanto") { totalCount }
      nickel: entity(id: "commodity:nickel") { statementsAbout { totalCount edges { node { id } } } }
    }`);
    expect(ids(data.all)).toEqual([
      "statement:setia-diarta-nickel-battery-recycling",
      "statement:setia-diarta-nickel-supply-chain",
    ]);
    expect(data.bySetia.totalCount).toBe(2);
    expect(data.byEko.totalCount).toBe(0);
    expect(ids(data.nickel.statementsAbout)).toEqual(ids(data.all));
  });

  it("filters by date, from and to inclusive, a derived date like a stated one", async () => {
    const data = await query(`{
      y2021: statements(from: "2021", to: "2021") { edges { node { id date dateDerived } } }
      onTheDay: statements(from: "2025-03-05", to: "2025-03-05") { totalCount }
      after: statements(from: "2025-03-06") { totalCount edges { node { date } } }
      before2021: statements(to: "2020-12-31") { totalCount edges { node { speaker { id } } } }
      eko: entity(id: "person:eko-sa-cahyanto") { ... on Person {
        late: statements(from: "2024-10") { totalCount }
        inSeptember: statements(from: "2024-09", to: "2024-09") { totalCount }
      } }
    }`);
    expect(data.y2021.edges.map((e: any) => e.node)).toEqual([
      { id: "statement:taufiek-bawazier-se-menperin-3-2021", date: "2021-07-26", dateDerived: false },
      { id: "statement:taufiek-bawazier-steel-raw-materials", date: "2021-07-26", dateDerived: true },
    ]);
    expect(data.onTheDay.totalCount).toBe(5);
    expect(data.after.totalCount).toBe(6);
    expect(data.after.edges.every((e: any) => e.node.date === "2025-03-11")).toBe(true);
    expect(data.before2021.totalCount).toBe(6);
    expect(new Set(data.before2021.edges.map((e: any) => e.node.speaker.id))).toEqual(
      new Set(["person:oggy-achmad-kosasih", "person:orias-petrus-moedak"]),
    );
    expect(data.eko).toEqual({ late: { totalCount: 0 }, inSeptember: { totalCount: 5 } });
  });

  it("pages like every list, refusing a cursor of other arguments", async () => {
    const first = await query(
      `{ statements(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
    );
    const all = await query(`{ statements(first: 100) { edges { node { id } } } }`);
    expect(first.statements.totalCount).toBe(32);
    const next = await query(
      `query ($after: String) { statements(first: 2, after: $after) { edges { node { id } } } }`,
      {
        after: first.statements.pageInfo.endCursor,
      },
    );
    expect([...ids(first.statements), ...ids(next.statements)]).toEqual(ids(all.statements).slice(0, 4));
    const refused = await execute(
      graph,
      `query ($after: String) { statements(about: "commodity:nickel", after: $after) { totalCount } }`,
      {
        after: first.statements.pageInfo.endCursor,
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const tooMany = await execute(graph, `{ statements(first: 101) { totalCount } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("resolves a statement by node(id), and an organization's statements", async () => {
    const data = await query(`{
      node(id: "statement:eko-cahyanto-downstreaming-sustainability") {
        __typename ... on Statement { paraphrase speaker { name } dateDerived date }
      }
      kemenperin: entity(id: "org:kemenperin") { ... on Organization { statements { totalCount } } }
    }`);
    expect(data.node).toEqual({
      __typename: "Statement",
      paraphrase: "Downstreaming must be backed by sustainability principles.",
      speaker: { name: "Eko SA Cahyanto" },
      dateDerived: true,
      date: "2024-09-28",
    });
    expect(data.kemenperin.statements.totalCount).toBe(0);
  });

  it("costs the same round trips for one person's statements as for every person's", async () => {
    const people = (first: number) => `{ people(first: ${first}) { edges { node { ... on Person {
      statements(first: 5) { edges { node { speaker { id } about { id } quote { quote source { id } } } } }
    } } } } }`;
    const one = await execute(graph, people(1));
    const all = await execute(graph, people(20));
    expect(one.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    expect(all.roundTrips).toBe(one.roundTrips);
  });
});

describe("importing statements", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());
  const editor: Viewer = { name: "edo", role: "editor" };
  const TEXT = `Jakarta - Direktur Jenderal ILMATE Setia Diarta kembali bicara soal nikel. "Kami mendorong pembangunan pabrik daur ulang baterai nikel di dalam negeri," kata Setia, Senin (2/6/2025).`;
  const yaml = (speaker: string) => `source:
  id: source:example-2025-06-02-statement
  textFile: example-2025-06-02-statement.txt
  publisher: Contoh
  title: Setia Diarta bicara soal nikel
  publishedOn: 2025-06-02
  language: id
statements:
  - id: statement:setia-diarta-battery-recycling-plant
    speaker: ${speaker}
    paraphrase: The ministry urges building a nickel battery recycling plant at home.
    quote: "Kami mendorong pembangunan pabrik daur ulang baterai nikel di dalam negeri"
    stance: URGES
    about:
      - commodity:nickel
      - topic:battery-recycling
`;
  const IMPORT = `mutation ($input: ImportInput!) { importSource(input: $input) {
    applied report { createdStatements addedEvidence changes } userErrors { field message } } }`;

  it("refuses a speaker that is not a person or organization, naming the field and line", async () => {
    const result = await execute(
      graph,
      IMPORT,
      { input: { yaml: yaml("commodity:nickel"), text: TEXT } },
      editor,
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as any).importSource.userErrors).toEqual([
      {
        field: ["input.yaml", "statements[0].speaker (line 10)"],
        message: "commodity:nickel is a Commodity; expected Person or Organization",
      },
    ]);
  });

  it("writes a statement about existing entities, and a second import changes nothing", async () => {
    const first = await execute(
      graph,
      IMPORT,
      { input: { yaml: yaml("person:setia-diarta"), text: TEXT } },
      editor,
    );
    expect((first.data as any).importSource).toEqual({
      applied: true,
      report: {
        createdStatements: ["statement:setia-diarta-battery-recycling-plant"],
        addedEvidence: 1,
        changes: true,
      },
      userErrors: [],
    });
    const again = await execute(
      graph,
      IMPORT,
      { input: { yaml: yaml("person:setia-diarta"), text: TEXT } },
      editor,
    );
    expect((again.data as any).importSource).toMatchObject({ applied: false, report: { changes: false } });
    const read = await execute(
      graph,
      `{ entity(id: "person:setia-diarta") { ... on Person {
      statements(from: "2025-06") { edges { node { id date dateDerived quote { quote start end source { text } } } } }
    } } }`,
    );
    const [edge] = (read.data as any).entity.statements.edges;
    expect(edge.node).toMatchObject({
      id: "statement:setia-diarta-battery-recycling-plant",
      date: "2025-06-02",
      dateDerived: true,
    });
    expect(edge.node.quote.source.text.slice(edge.node.quote.start, edge.node.quote.end)).toBe(
      edge.node.quote.quote,
    );
  });
});

describe("statements when their entities are merged or deleted", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());
  const admin: Viewer = { name: "ayu", role: "admin" };
  const count = async (id: string) => {
    const result = await execute(
      graph,
      `query ($id: ID!) { by: statements(by: $id) { totalCount } about: statements(about: $id) { totalCount } }`,
      { id },
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    return { by: data.by.totalCount as number, about: data.about.totalCount as number };
  };

  it("moves a duplicate's statements to the survivor", async () => {
    expect(await count("person:mahyudin-ende")).toEqual({ by: 4, about: 0 });
    expect(await count("person:ok-irwansyah")).toEqual({ by: 4, about: 0 });
    const merged = await execute(
      graph,
      `mutation { mergeEntities(survivor: "person:mahyudin-ende", duplicate: "person:ok-irwansyah") { userErrors { message } } }`,
      {},
      admin,
    );
    expect(merged.errors).toBeUndefined();
    expect((merged.data as any).mergeEntities.userErrors).toEqual([]);
    expect(await count("person:mahyudin-ende")).toEqual({ by: 8, about: 0 });
  });

  it("deletes a speaker's statements with it, and keeps those about a deleted entity", async () => {
    expect(await count("person:ciyong-zou")).toEqual({ by: 2, about: 0 });
    const aboutUnido = await count("org:unido");
    const del = (id: string) =>
      execute(
        graph,
        `mutation ($id: ID!) { deleteEntity(id: $id) { userErrors { message } } }`,
        { id },
        admin,
      );
    expect((await del("person:ciyong-zou")).errors).toBeUndefined();
    expect(await count("person:ciyong-zou")).toEqual({ by: 0, about: 0 });
    // Zou's statement about UNIDO went with him; Tri Supondy's stay.
    expect((await count("org:unido")).about).toBe(aboutUnido.about - 1);
    const [orphan] = await graph.read<{ n: number }>(
      "MATCH (e:Evidence) WHERE e.about STARTS WITH 'statement:ciyong-zou' RETURN count(e) AS n",
    );
    expect(orphan?.n).toBe(0);
    expect((await del("topic:battery-recycling")).errors).toBeUndefined();
    const still = await execute(
      graph,
      `{ node(id: "statement:setia-diarta-nickel-battery-recycling") { ... on Statement { about { id } } } }`,
    );
    expect((still.data as any).node.about).toEqual([
      { id: "commodity:nickel" },
      { id: "topic:downstreaming" },
    ]);
  });
});
