import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../src/graph/migrations.js";
import { markObservations } from "../../src/graph/observation.js";
import { connectTestGraph, execute, resetAndSeed } from "../support/graph.js";

/** Every tie has an observation date, stated or derived, and `asOf` respects it (docs/model.md, Time). */
describe("observation dates of ties", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  const relationshipsOf = async (id: string, asOf: string | null) => {
    const result = await execute(
      graph,
      `query ($id: ID!, $asOf: Date) { entity(id: $id) { relationships(asOf: $asOf, first: 100) {
         edges { node { id observedOn observedOnBasis lastObservedOn since } } } } }`,
      { id, asOf },
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const data = result.data as {
      entity: { relationships: { edges: { node: Record<string, string | null> }[] } };
    };
    return data.entity.relationships.edges.map((e) => e.node);
  };

  it("leaves out of UNIDO's ties as of 2019 everything first observed in 2025", async () => {
    const all = await relationshipsOf("org:unido", null);
    // Its 2025 meeting, the cooperation it proposed then, the country programme the 2025 article names.
    expect(all.map((r) => r.observedOn?.slice(0, 4))).toContain("2025");
    expect(all.every((r) => r.observedOn !== null && r.observedOnBasis !== null)).toBe(true);
    expect(await relationshipsOf("org:unido", "2019-01-01")).toEqual([]);
    const onMeetingDay = await relationshipsOf("org:unido", "2025-03-05");
    expect(onMeetingDay.map((r) => r.id)).toContain(
      "org:unido-[TOOK_PART_IN]->event:kemenperin-unido-meeting-2025-03-05",
    );
    // Quoted only by the article published on 2025-03-11: not yet observed on the meeting day.
    expect(onMeetingDay.map((r) => r.id)).not.toContain("org:unido-[PARTY_TO]->programme:iucp");
  });

  it("marks how each date was established: stated, an event's, a source's, a year of the text", async () => {
    const byId = async (id: string) => new Map((await relationshipsOf(id, null)).map((r) => [r.id, r]));
    const unido = await byId("org:unido");
    expect(unido.get("org:unido-[TOOK_PART_IN]->event:kemenperin-unido-meeting-2025-03-05")).toMatchObject({
      observedOn: "2025-03-05",
      observedOnBasis: "EVENT",
    });
    expect(unido.get("org:unido-[PARTY_TO]->programme:iucp")).toMatchObject({
      observedOn: "2025-03-11",
      observedOnBasis: "SOURCE",
    });
    expect(unido.get("org:unido-[PARTY_TO]->agreement:kemenperin-unido-cooperation-2025")).toMatchObject({
      observedOn: "2025-03-05",
      observedOnBasis: "STATED",
    });
    // The iNews article prints no date; its text speaks of "tahun 2023".
    const mahyudin = await byId("person:mahyudin-ende");
    expect(mahyudin.get("person:mahyudin-ende-[HOLDS_POSITION]->org:inalum")).toMatchObject({
      observedOn: "2023",
      observedOnBasis: "TEXT_YEAR",
    });
    expect(await relationshipsOf("person:mahyudin-ende", "2022-12-31")).toEqual([]);
    expect((await relationshipsOf("person:mahyudin-ende", "2023-06-01")).length).toBeGreaterThan(0);
  });

  it("shows Setia Diarta as of 2021 in nothing he was first observed in in 2025", async () => {
    const all = await relationshipsOf("person:setia-diarta", null);
    expect(all.length).toBeGreaterThan(1);
    expect(all.every((r) => r.observedOn!.startsWith("2025"))).toBe(true);
    expect(await relationshipsOf("person:setia-diarta", "2021-07-26")).toEqual([]);
    expect((await relationshipsOf("person:setia-diarta", "2025-03-05")).length).toBe(all.length);
  });

  it("puts the quotes observed by the date first in a position's evidence", async () => {
    const result = await execute(
      graph,
      `{ entity(id: "org:ilmate") { ... on Organization { positions(asOf: "2021-07-26") {
         person { id } observedOnBasis evidence { source { publishedOn } } } } } }`,
    );
    const data = result.data as {
      entity: { positions: { observedOnBasis: string; evidence: { source: { publishedOn: string } }[] }[] };
    };
    const [position] = data.entity.positions;
    expect(position?.observedOnBasis).toBe("STATED");
    expect((position?.evidence[0]?.source.publishedOn ?? "9999") <= "2021-07-26").toBe(true);
  });

  it("upgrades a graph loaded without derived dates in place, idempotently", async () => {
    const dates = () =>
      graph.read<{ id: string; observedOn: string | null; last: string | null; basis: string | null }>(
        `MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, r.observedOn AS observedOn, r.lastObservedOn AS last,
                r.observedOnBasis AS basis ORDER BY id`,
      );
    const loaded = await dates();
    expect(loaded.filter((r) => r.basis === null)).toEqual([]);
    // As the seed load wrote it before the rule: stated dates only, no basis.
    await graph.write(
      `MATCH (:Entity)-[r]->(:Entity)
       SET r.observedOn = CASE WHEN r.observedOnBasis = 'STATED' THEN r.observedOn END,
           r.lastObservedOn = CASE WHEN r.observedOnBasis = 'STATED' THEN r.lastObservedOn END
       REMOVE r.observedOnBasis`,
    );
    expect((await dates()).filter((r) => r.observedOn === null).length).toBeGreaterThan(100);
    expect(await relationshipsOf("org:unido", "2019-01-01")).toEqual([]);
    await migrate(graph);
    expect(await dates()).toEqual(loaded);
    await migrate(graph);
    expect(await dates()).toEqual(loaded);
    expect(await graph.writeTransaction((tx) => markObservations(tx))).toBe(0);
  });
});

/** Derived fields never pass an inference off as a fact (docs/model.md, Inferred facts). */
describe("inferred ties behind parent and units", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  it("follows stated ties only, unless asked, and says what an inferred parent rests on", async () => {
    const result = await execute(
      graph,
      `{ inalum: entity(id: "org:inalum") { ... on Organization {
           parent { id } inferredParent: parent(includeInferred: true) { id } parentInferred } }
         ilmate: entity(id: "org:ilmate") { ... on Organization { parent { id } parentInferred } }
         kemenperin: entity(id: "org:kemenperin") { ... on Organization {
           units { id } allUnits: units(includeInferred: true) { id } } }
         tie: node(id: "org:inalum-[MEMBER_OF]->org:mind-id") { ... on Relationship { inferred inferredFrom } } }`,
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as Record<string, any>;
    // "CEO Group Holding Industri Pertambangan Indonesia (MIND ID) ... mengatakan bahwa Inalum ...": implied.
    expect(data.inalum).toEqual({
      parent: null,
      inferredParent: { id: "org:mind-id" },
      parentInferred: expect.stringContaining("MIND ID"),
    });
    // "(ILMATE) Kemenperin": stated.
    expect(data.ilmate).toEqual({ parent: { id: "org:kemenperin" }, parentInferred: null });
    const ids = (list: { id: string }[]) => list.map((o) => o.id);
    expect(ids(data.kemenperin.units)).not.toContain("org:kemenperin-secretariat-general");
    expect(ids(data.kemenperin.units)).toEqual(expect.arrayContaining(["org:ilmate", "org:kpaii"]));
    expect(ids(data.kemenperin.allUnits)).toContain("org:kemenperin-secretariat-general");
    expect(data.tie.inferred).toBeTruthy();
    expect(data.tie.inferredFrom.length).toBeGreaterThan(0);
  });
});
