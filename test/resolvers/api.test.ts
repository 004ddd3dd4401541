import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OperationResult } from "../../src/apollo.js";
import { connectTestGraph, dataOf, execute, resetAndSeed } from "../support/graph.js";

/** Seed-and-query tests of every Query field, through the real Apollo server on the real Neo4j. */
describe("the read API on the seed graph", () => {
  const graph = connectTestGraph();
  beforeAll(() => resetAndSeed(graph));
  afterAll(() => graph.close());

  const query = (text: string, variables: Record<string, unknown> = {}) => dataOf(graph, text, variables);
  const errorOf = (result: OperationResult) => result.errors?.[0];
  const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

  describe("node and entity", () => {
    it("resolve entities, sources and unknown ids", async () => {
      const data = await query(`{
        inalum: node(id: "org:inalum") { __typename id ... on Organization { name type country } }
        source: node(id: "source:rmol-2024-09-28-indonesia-china-downstreaming-smelter") { __typename ... on Source { publisher publishedOn language } }
        missing: node(id: "org:does-not-exist") { id }
        tie: node(id: "org:ilmate-[UNIT_OF]->org:kemenperin") { __typename ... on Relationship { type from { id } } }
        noTie: node(id: "org:ilmate-[UNIT_OF]->org:unido") { id }
        entity(id: "commodity:nickel") { kind name aliases }
      }`);
      expect(data.inalum).toEqual({
        __typename: "Organization",
        id: "org:inalum",
        name: "PT Indonesia Asahan Aluminium (Persero)",
        type: "STATE_OWNED_ENTERPRISE",
        country: "ID",
      });
      expect(data.source).toEqual({
        __typename: "Source",
        publisher: "RMOL",
        publishedOn: "2024-09-28",
        language: "id",
      });
      expect(data.missing).toBeNull();
      expect(data.tie).toEqual({ __typename: "Relationship", type: "UNIT_OF", from: { id: "org:ilmate" } });
      expect(data.noTie).toBeNull();
      expect(data.entity).toMatchObject({ kind: "Commodity", name: "Nickel" });
      expect(data.entity.aliases).toEqual(expect.arrayContaining(["nikel", "nickel"]));
    });

    it("shows evidence with its source on entities and on every kind of edge", async () => {
      const data = await query(`{
        entity(id: "org:ilmate") {
          evidence { quote start end source { id text } }
          relationships(types: [UNIT_OF]) { totalCount edges { node { id type to { id } evidence { quote source { title } } } } }
          ... on Organization { positions { title evidence { quote } } }
        }
      }`);
      for (const e of data.entity.evidence) expect(e.source.text.slice(e.start, e.end)).toBe(e.quote);
      const unitOf = data.entity.relationships.edges[0].node;
      expect(unitOf).toMatchObject({
        id: "org:ilmate-[UNIT_OF]->org:kemenperin",
        type: "UNIT_OF",
        to: { id: "org:kemenperin" },
      });
      expect(unitOf.evidence.length).toBeGreaterThan(0);
      expect(data.entity.positions.every((p: { evidence: unknown[] }) => p.evidence.length > 0)).toBe(true);
    });
  });

  describe("asOf", () => {
    it("gives Taufiek Bawazier as head of ILMATE on 2021-07-26 and Setia Diarta on 2025-03-05", async () => {
      const text = `query ($asOf: Date) { entity(id: "org:ilmate") { ... on Organization {
        positions(asOf: $asOf) { person { name } titleEn observedOn inferredSpan } } } }`;
      expect((await query(text, { asOf: "2021-07-26" })).entity.positions).toEqual([
        {
          person: { name: "Taufiek Bawazier" },
          titleEn: "Director General",
          observedOn: "2021-07-26",
          inferredSpan: true,
        },
      ]);
      expect((await query(text, { asOf: "2025-03-05" })).entity.positions).toEqual([
        {
          person: { name: "Setia Diarta" },
          titleEn: "Director General",
          observedOn: "2025-03-05",
          inferredSpan: true,
        },
      ]);
      expect((await query(text, { asOf: "2019-01-01" })).entity.positions).toEqual([]);
      expect((await query(text, {})).entity.positions).toHaveLength(2);
    });

    it("applies to a person's positions and to relationships", async () => {
      const data = await query(`{
        taufiek: entity(id: "person:taufiek-bawazier") { ... on Person { positions(asOf: "2025-03-05") { id } } }
        setia: entity(id: "person:setia-diarta") { relationships(types: [HOLDS_POSITION], asOf: "2021-07-26") { totalCount } }
        setiaLater: entity(id: "person:setia-diarta") { relationships(types: [HOLDS_POSITION], asOf: "2025-03-05") { totalCount } }
      }`);
      expect(data.taufiek.positions).toEqual([]);
      expect(data.setia.relationships.totalCount).toBe(0);
      expect(data.setiaLater.relationships.totalCount).toBe(1);
    });

    it("refuses a malformed date naming it", async () => {
      const result = await execute(
        graph,
        `{ entity(id: "org:ilmate") { ... on Organization { positions(asOf: "5/3/2025") { id } } } }`,
      );
      expect(errorOf(result)?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(errorOf(result)?.message).toContain("Date must be YYYY-MM-DD");
    });

    it("refuses a day that no calendar has, inline and as a variable", async () => {
      const inline = await execute(
        graph,
        `{ entity(id: "org:ilmate") { ... on Organization { positions(asOf: "2021-02-30") { id } } } }`,
      );
      expect(errorOf(inline)?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(errorOf(inline)?.message).toContain(
        "Date 2021-02-30 is not a calendar date: February 2021 has 28 days",
      );
      const variable = await execute(
        graph,
        `query ($asOf: Date) { entity(id: "org:ilmate") { ... on Organization { positions(asOf: $asOf) { id } } } }`,
        { asOf: "2021-04-31" },
      );
      expect(errorOf(variable)?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(errorOf(variable)?.message).toContain(
        "Date 2021-04-31 is not a calendar date: April 2021 has 30 days",
      );
      const leap = await query(
        `{ entity(id: "org:ilmate") { ... on Organization { positions(asOf: "2024-02-29") { id } } } }`,
      );
      // A leap day is a day: Taufiek Bawazier, observed heading ILMATE in July 2021, is the answer.
      expect(leap.entity.positions).toEqual([{ id: "person:taufiek-bawazier-[HOLDS_POSITION]->org:ilmate" }]);
    });
  });

  describe("search", () => {
    it("finds nickel in Indonesian and in English", async () => {
      for (const word of ["nikel", "nickel", "Nikel"]) {
        const data = await query(
          `query ($q: String!) { search(query: $q, first: 1) { edges { node { entity { id } score } } } }`,
          { q: word },
        );
        expect(data.search.edges[0].node.entity.id, word).toBe("commodity:nickel");
      }
    });

    it("finds the ministry by acronym, Indonesian and English name", async () => {
      for (const q of ["Kemenperin", "Kementerian Perindustrian", "Ministry of Industry"]) {
        const data = await query(
          `query ($q: String!) { search(query: $q, first: 1) { edges { node { entity { id } } } } }`,
          { q },
        );
        expect(data.search.edges[0].node.entity.id, q).toBe("org:kemenperin");
      }
    });

    it("filters by kind, pages, and takes Lucene syntax literally", async () => {
      const data = await query(`{
        people: search(query: "ILMATE", kinds: [Person]) { totalCount edges { node { entity { id } } } }
        first: search(query: "Kemenperin", first: 2) { totalCount pageInfo { hasNextPage endCursor } }
        odd: search(query: "nikel) AND (*:*") { totalCount }
      }`);
      expect(
        data.people.edges.map((e: { node: { entity: { id: string } } }) => e.node.entity.id).sort(),
      ).toEqual(["person:setia-diarta", "person:taufiek-bawazier"]);
      expect(data.first.pageInfo.hasNextPage).toBe(true);
      const next = await query(
        `query ($after: String) { search(query: "Kemenperin", first: 2, after: $after) { edges { node { entity { id } } } } }`,
        {
          after: data.first.pageInfo.endCursor,
        },
      );
      expect(next.search.edges).toHaveLength(2);
      // Lucene syntax in the query is dropped, not interpreted: "*:*" would otherwise match everything.
      const plain = await query(`{ search(query: "nikel") { totalCount } }`);
      expect(data.odd.totalCount).toBe(plain.search.totalCount);
    });

    it("refuses a query with nothing to search, and one too long", async () => {
      const result = await execute(graph, `{ search(query: "*:)") { totalCount } }`);
      expect(errorOf(result)).toMatchObject({
        message: "query: must contain at least one letter or digit",
        extensions: { code: "BAD_USER_INPUT", argument: "query" },
      });
      const common = await execute(graph, `{ search(query: "dan yang the") { totalCount } }`);
      expect(errorOf(common)?.message).toMatch(/^query: has only common words/);
      const long = await execute(graph, `query ($q: String!) { search(query: $q) { totalCount } }`, {
        q: "nikel ".repeat(20),
      });
      expect(errorOf(long)?.message).toBe("query: must be at most 12 words");
    });

    it("ignores stop words, which would otherwise match nothing", async () => {
      for (const q of ["Kementerian dan Perindustrian", "the Ministry of Industry"]) {
        const data = await query(
          `query ($q: String!) { search(query: $q, first: 3) { edges { node { entity { id } } } } }`,
          { q },
        );
        expect(
          data.search.edges.map((e: any) => e.node.entity.id),
          q,
        ).toContain("org:kemenperin");
      }
    });
  });

  describe("lists", () => {
    it("filter organizations by type and country", async () => {
      const data = await query(`{
        dgs: organizations(filter: { type: "DIRECTORATE_GENERAL" }) { totalCount edges { node { id } } }
        chinese: organizations(filter: { country: "CN" }) { edges { node { id } } }
      }`);
      expect(ids(data.dgs)).toEqual(["org:ilmate", "org:kpaii"]);
      expect(ids(data.chinese)).toEqual(["org:chinese-smelter-builders", "org:miit-china"]);
    });

    it("filter agreements by party, status and commodity", async () => {
      const data = await query(`{
        china: agreements(filter: { party: "org:miit-china" }) { totalCount }
        proposed: agreements(filter: { party: "org:unido", status: PROPOSED }) { edges { node { id } } }
        lithium: agreements(filter: { commodity: "commodity:lithium" }, orderBy: ID_ASC) { edges { node { id } } }
      }`);
      expect(data.china.totalCount).toBe(3);
      expect(ids(data.proposed).sort()).toEqual([
        "agreement:unido-capacity-building-proposal-2025",
        "agreement:unido-lithium-battery-recycling-proposal-2025",
      ]);
      expect(ids(data.lithium)).toEqual([
        "agreement:indonesia-china-downstreaming-smelter-cooperation-2024",
        "agreement:unido-lithium-battery-recycling-proposal-2025",
      ]);
    });

    it("filter indicators by subject, basis, metric and period, and events by date range", async () => {
      const data = await query(`{
        target: indicators(filter: { relatedTo: "org:inalum", basis: TARGET }) { edges { node { ... on Indicator { value unit period } } } }
        exports: indicators(filter: { metric: "export_volume", from: "2021-06", to: "2021-06" }) { edges { node { ... on Indicator { value } } } }
        events2021: events(filter: { from: "2021-01-01", to: "2021-12-31" }, orderBy: ID_ASC) { edges { node { id } } }
        programmes: programmes(filter: { party: "org:unido" }) { edges { node { id } } }
        commodities: commodities(filter: { nameContains: "NIK" }) { edges { node { id } } }
        people: people(filter: { relatedTo: "org:unido" }) { edges { node { id } } }
        places: places(filter: { type: "REGENCY" }) { totalCount }
        facilities: facilities(filter: { type: "SMELTER" }) { totalCount }
        regulations: regulations(filter: { relatedTo: "org:kemenperin" }) { totalCount }
        topics: topics(filter: { nameContains: "circular" }) { edges { node { id } } }
        all: entities(filter: { kinds: [Person, Commodity], nameContains: "nickel" }) { edges { node { id } } }
      }`);
      expect(data.target.edges).toEqual([
        { node: { value: 1_000_000, unit: "tonnes per year", period: "2030" } },
      ]);
      expect(data.exports.edges).toEqual([{ node: { value: 13_000 } }]);
      expect(ids(data.events2021)).toEqual([
        "event:kemenperin-amns-monitoring-visit-2021-07-26",
        "event:ppkm-level-4-2021-07-26",
      ]);
      expect(ids(data.programmes)).toEqual(["programme:iucp"]);
      expect(ids(data.commodities)).toEqual(["commodity:nickel"]);
      expect(ids(data.people)).toEqual(["person:ciyong-zou"]);
      expect(data.places.totalCount).toBe(3);
      expect(data.facilities.totalCount).toBe(2);
      expect(data.regulations.totalCount).toBe(4);
      expect(ids(data.topics)).toEqual(["topic:circular-economy"]);
      expect(ids(data.all)).toEqual(["commodity:nickel"]);
    });

    it("page forward across page boundaries without gaps or repeats, in a stable order", async () => {
      const all = await query(
        `{ entities(first: 100, orderBy: NAME_ASC) { totalCount edges { node { id } } } }`,
      );
      expect(all.entities.totalCount).toBe(115);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const data = await query(
          `query ($after: String) { entities(first: 7, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } }`,
          {
            after,
          },
        );
        expect(data.entities.pageInfo.hasPreviousPage).toBe(page > 0);
        seen.push(...ids(data.entities));
        if (!data.entities.pageInfo.hasNextPage) break;
        after = data.entities.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(115);
      expect(seen.slice(0, 100)).toEqual(ids(all.entities));
      expect(new Set(seen).size).toBe(115);
    });

    it("refuses bad cursors, page sizes and filters, naming the argument", async () => {
      const cases: [string, string][] = [
        [`{ entities(after: "nonsense") { totalCount } }`, "after"],
        [`{ entities(first: 1000) { totalCount } }`, "first"],
        [`{ people(filter: { kinds: [Place] }) { totalCount } }`, "filter.kinds"],
        [`{ neighborhood(id: "org:inalum", hops: 9) { truncated } }`, "hops"],
        [`{ path(from: "org:inalum", to: "org:unido", maxHops: 0) { length } }`, "maxHops"],
      ];
      for (const [text, argument] of cases) {
        const error = errorOf(await execute(graph, text));
        expect(error?.extensions, text).toMatchObject({ code: "BAD_USER_INPUT", argument });
        expect(error?.message.startsWith(`${argument}:`)).toBe(true);
      }
    });
  });

  describe("cursors", () => {
    const endCursor = async (text: string) => {
      const data = await query(text);
      const connection = Object.values(data)[0] as { pageInfo: { endCursor: string } };
      return connection.pageInfo.endCursor;
    };
    const refusal = async (text: string, after: string) => errorOf(await execute(graph, text, { after }));

    it("are refused on another connection, with other arguments, or on another entity's list", async () => {
      const fromSearch = await endCursor(
        `{ search(query: "Kemenperin", first: 1) { pageInfo { endCursor } } }`,
      );
      expect(
        await refusal(
          `query ($after: String) { entities(first: 1, after: $after) { totalCount } }`,
          fromSearch,
        ),
      ).toMatchObject({
        message: "after: not a cursor of this connection: it comes from another connection",
        extensions: { code: "BAD_USER_INPUT", argument: "after" },
      });
      const otherQuery = await refusal(
        `query ($after: String) { search(query: "nikel", first: 1, after: $after) { totalCount } }`,
        fromSearch,
      );
      expect(otherQuery?.message).toMatch(/it comes from a page with other arguments/);
      const byName = await endCursor(
        `{ organizations(first: 2, orderBy: NAME_DESC) { pageInfo { endCursor } } }`,
      );
      const otherOrder = await refusal(
        `query ($after: String) { organizations(first: 2, after: $after) { totalCount } }`,
        byName,
      );
      expect(otherOrder?.message).toMatch(/other arguments/);
      const inalum = await query(
        `{ entity(id: "org:inalum") { relationships(first: 1) { pageInfo { endCursor } } } }`,
      );
      const cursor = inalum.entity.relationships.pageInfo.endCursor as string;
      const onKemenperin = await execute(
        graph,
        `query ($after: String) { entity(id: "org:kemenperin") { relationships(first: 1, after: $after) { totalCount } } }`,
        { after: cursor },
      );
      expect(errorOf(onKemenperin)?.message).toMatch(/other arguments/);
    });

    it("are refused when altered, without the refusal repeating them", async () => {
      const cursor = await endCursor(`{ entities(first: 1) { pageInfo { endCursor } } }`);
      const text = `query ($after: String) { entities(first: 1, after: $after) { totalCount } }`;
      for (const altered of [
        `${cursor}=`,
        `${cursor}==junk`,
        Buffer.from("offset:0").toString("base64"),
        "A".repeat(20_000),
      ]) {
        const error = await refusal(text, altered);
        expect(error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
        expect(error?.message).toBe(
          "after: not a cursor of this connection: pass a cursor exactly as this API returned it",
        );
      }
    });
  });

  describe("neighborhood and path", () => {
    it("returns the neighbourhood of ILMATE for a network view", async () => {
      const data = await query(`{ neighborhood(id: "org:ilmate", hops: 1, kinds: [Person, Organization]) {
        nodes { id } edges { from { id } to { id } type } truncated } }`);
      expect(data.neighborhood.nodes.map((n: { id: string }) => n.id).sort()).toEqual([
        "org:ilmate",
        "org:kemenperin",
        "person:setia-diarta",
        "person:taufiek-bawazier",
      ]);
      expect(data.neighborhood.edges).toContainEqual({
        from: { id: "org:ilmate" },
        to: { id: "org:kemenperin" },
        type: "UNIT_OF",
      });
      expect(data.neighborhood.truncated).toBe(false);
      const cut = await query(
        `{ neighborhood(id: "org:kemenperin", hops: 2, limit: 3) { nodes { id } truncated } }`,
      );
      expect(cut.neighborhood.nodes).toHaveLength(4);
      expect(cut.neighborhood.truncated).toBe(true);
    });

    it("finds the shortest connection with each hop's evidence", async () => {
      const data = await query(`{ path(from: "person:taufiek-bawazier", to: "person:setia-diarta") {
        length nodes { id } hops { forward relationship { type evidence { quote source { publisher } } } } } }`);
      expect(data.path.length).toBe(2);
      expect(data.path.nodes.map((n: { id: string }) => n.id)).toEqual([
        "person:taufiek-bawazier",
        "org:ilmate",
        "person:setia-diarta",
      ]);
      expect(data.path.hops.map((h: { forward: boolean }) => h.forward)).toEqual([true, false]);
      for (const hop of data.path.hops) expect(hop.relationship.evidence.length).toBeGreaterThan(0);
    });

    it("gives null when there is no path that short, and NOT_FOUND for an unknown id", async () => {
      expect(
        (
          await query(
            `{ path(from: "person:oggy-achmad-kosasih", to: "person:wang-jiangping", maxHops: 1) { length } }`,
          )
        ).path,
      ).toBeNull();
      const missing = errorOf(
        await execute(graph, `{ path(from: "org:nope", to: "org:inalum") { length } }`),
      );
      expect(missing).toMatchObject({
        message: "entity org:nope (from) not found",
        extensions: { code: "NOT_FOUND" },
      });
      const lonely = errorOf(await execute(graph, `{ neighborhood(id: "org:nope") { truncated } }`));
      expect(lonely?.extensions?.code).toBe("NOT_FOUND");
    });
  });

  it("stats count the graph per kind and per relationship type", async () => {
    const data = await query(
      `{ stats { entities relationships sources evidence statements byKind { kind count } byRelationshipType { type count } } }`,
    );
    // 381 quotes of entities and relationships, and one for each of the 32 statements.
    expect(data.stats).toMatchObject({
      entities: 115,
      relationships: 168,
      sources: 5,
      evidence: 381 + 32,
      statements: 32,
    });
    const sum = (rows: { count: number }[]) => rows.reduce((t, r) => t + r.count, 0);
    expect(sum(data.stats.byKind)).toBe(115);
    expect(sum(data.stats.byRelationshipType)).toBe(168);
    expect(data.stats.byKind).toContainEqual({ kind: "Organization", count: 11 });
  });

  it("tells which API and Neo4j serve it", async () => {
    const data = await query(`{ about { version neo4jVersion neo4jEdition } }`);
    expect(data.about).toEqual({ version: "0.1.0", neo4jVersion: "test", neo4jEdition: "test" });
  });

  it("orders lists by name both ways and by id", async () => {
    const data = await query(`{
      asc: commodities(first: 2) { edges { node { name } } }
      desc: commodities(first: 2, orderBy: NAME_DESC) { edges { node { name } } }
      byId: commodities(first: 2, orderBy: ID_ASC) { edges { node { id } } }
    }`);
    expect(data.asc.edges.map((e: any) => e.node.name)).toEqual(["Alumina", "Aluminium"]);
    expect(data.desc.edges.map((e: any) => e.node.name)).toEqual(["Steel", "Silica"]);
    expect(ids(data.byId)).toEqual(["commodity:alumina", "commodity:aluminium"]);
  });

  it("lists the sources with their metadata", async () => {
    const data = await query(`{ sources { id publisher publishedOn } }`);
    expect(data.sources).toHaveLength(5);
  });
});
