import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createApiKey } from "../../src/api-keys.js";
import { connectionEnv } from "../../src/config.js";
import { Graph } from "../../src/graph/driver.js";
import { ENTITY_KINDS } from "../../src/model/kinds.js";
import { projectRoot } from "../../src/project.js";
import { resetAndSeed } from "../support/graph.js";
import { postGraphQL, type GraphQLBody } from "../support/http.js";
import { startServerProcess, type ProjectProcess } from "../support/processes.js";

/**
 * Every write, sent N times at once over HTTP to a real server process: identical requests, and requests
 * that conflict with each other (another name, another kind, the same name under another id, a merge or a
 * delete of what the others write to). Each must end as if the requests had run one after the other: the
 * answers agree with what is in the graph, the graph passes its integrity checks, the audit log holds one
 * entry per applied change, and no answer is an internal error.
 */

const N = 10;
const editor = createApiKey("edo", "editor");
const admin = createApiKey("ayu", "admin");

const SOURCE_ID = "source:test-concurrency";
/** Sentence i of the test source: the quote of fact i. */
const sentence = (i: number) => `Perusahaan Balap ${i} menandatangani kontrak pengolahan nikel`;
const SOURCE_TEXT = Array.from({ length: 200 }, (_, i) => `${sentence(i)}.`).join(" ");
const quote = (i: number) => [{ sourceId: SOURCE_ID, quote: sentence(i) }];

const UPSERT = `mutation ($input: EntityInput!) { upsertEntity(input: $input) {
  entity { id name aliases }
  report { createdEntities updatedEntities addedEvidence changes }
  userErrors { field message } } }`;
const ADD_RELATIONSHIP = `mutation ($input: RelationshipInput!) { addRelationship(input: $input) {
  relationship { id title }
  report { createdRelationships updatedRelationships addedEvidence changes }
  userErrors { field message } } }`;
const ADD_EVIDENCE = `mutation ($input: AddEvidenceInput!) { addEvidence(input: $input) {
  report { addedEvidence changes } userErrors { field message } } }`;
const IMPORT = `mutation ($input: ImportInput!) { importSource(input: $input) {
  applied report { createdEntities changes } userErrors { field message } } }`;
const MERGE = `mutation ($survivor: ID!, $duplicate: ID!) { mergeEntities(survivor: $survivor, duplicate: $duplicate) {
  entity { id } movedRelationships movedEvidence userErrors { field message } } }`;
const DELETE = `mutation ($id: ID!) { deleteEntity(id: $id) {
  deletedId deletedRelationships deletedEvidence userErrors { field message } } }`;
const REMOVE = `mutation ($id: ID!) { removeRelationship(id: $id) {
  deletedId deletedEvidence userErrors { field message } } }`;

interface Payload {
  userErrors: { field: string[]; message: string }[];
  report?: { changes: boolean; createdEntities?: string[]; updatedEntities?: string[] } | null;
  applied?: boolean;
  entity?: { id: string; name?: string; aliases?: string[] } | null;
}

/** One request and its answer: which mutation, and whether it changed the graph. */
interface Answer {
  action: string;
  status: number;
  body: GraphQLBody;
  payload: Payload;
}

const company = (id: string, i: number, extra: Record<string, unknown> = {}) => ({
  id,
  kind: "Organization",
  name: `Perusahaan Balap ${i}`,
  type: "COMPANY",
  evidence: quote(i),
  ...extra,
});

describe("concurrency: parallel writes over HTTP", () => {
  let graph: Graph;
  let server: ProjectProcess & { url: string };

  beforeAll(async () => {
    const connection = inject("neo4j");
    graph = Graph.connect(connection);
    await resetAndSeed(graph);
    server = await startServerProcess({
      ...connectionEnv(connection),
      API_KEYS: `${editor.entry},${admin.entry}`,
    });
    const added = await send("addSource", ADD_SOURCE_QUERY, {
      input: { id: SOURCE_ID, publisher: "Test", title: "Balapan", language: "id", text: SOURCE_TEXT },
    });
    expect(added.payload.userErrors).toEqual([]);
  });

  afterAll(async () => {
    if (server.child.exitCode === null) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    await graph.close();
  });

  // Each test counts the audit entries its own requests left.
  beforeEach(async () => {
    await graph.write("MATCH (a:AuditEntry) DETACH DELETE a");
  });

  const ADD_SOURCE_QUERY = `mutation ($input: SourceInput!) { addSource(input: $input) { userErrors { field message } } }`;

  async function send(action: string, query: string, variables: Record<string, unknown>, as = editor) {
    const { status, body } = await postGraphQL(server.url, query, variables, as.token);
    const payload = (body.data?.[action] ?? { userErrors: [] }) as Payload;
    return { action, status, body, payload } satisfies Answer;
  }

  /** Sends all requests at once. */
  const race = (requests: (() => Promise<Answer>)[]) => Promise.all(requests.map((request) => request()));

  const refused = (a: Answer) => a.payload.userErrors.length > 0;
  /** Whether the answer says the graph changed: what the audit log must then record. */
  const applied = (a: Answer) =>
    !refused(a) && (a.payload.applied ?? a.payload.report?.changes ?? true) && a.status === 200;
  const created = (a: Answer) => (a.payload.report?.createdEntities?.length ?? 0) > 0;

  /** No answer is an error: every request either did its work or was refused as data (userErrors). */
  function expectNoErrors(answers: Answer[]) {
    expect(answers.filter((a) => a.status !== 200 || a.body.errors).map((a) => a.body)).toEqual([]);
  }

  async function auditCounts(): Promise<Record<string, number>> {
    const rows = await graph.read<{ action: string; n: number }>(
      "MATCH (a:AuditEntry) RETURN a.action AS action, count(*) AS n",
    );
    return Object.fromEntries(rows.map((r) => [r.action, r.n]));
  }

  /** The audit log holds exactly one entry per answer that says it changed the graph. */
  async function expectAuditMatches(answers: Answer[]) {
    const expected: Record<string, number> = {};
    for (const a of answers.filter(applied)) expected[a.action] = (expected[a.action] ?? 0) + 1;
    expect(await auditCounts()).toEqual(expected);
  }

  /** The graph's invariants; each list names what breaks one. */
  async function integrity() {
    const [row] = await graph.read(
      `CALL () {
         MATCH (n:Entity) WHERE size([l IN labels(n) WHERE l IN $kinds]) <> 1 OR NOT n.kind IN labels(n)
         RETURN collect(n.id) AS mixedKinds
       }
       CALL () {
         MATCH (a:Entity), (b:Entity)
         WHERE a.kind = b.kind AND a.id < b.id
           AND any(x IN a.aliases + a.name WHERE toLower(x) IN [y IN b.aliases + b.name | toLower(y)])
         RETURN collect(a.id + ' ~ ' + b.id) AS sharedNames
       }
       CALL () {
         MATCH ()-[r]->() WHERE r.id IS NOT NULL
         WITH collect(r.id) AS relationships
         MATCH (e:Evidence)
         WHERE NOT e.about IN relationships AND NOT EXISTS { MATCH (:Entity {id: e.about}) }
           AND NOT EXISTS { MATCH (:Statement {id: e.about}) }
         RETURN collect(e.id) AS evidenceAboutNothing
       }
       CALL () {
         MATCH (e:Evidence) WHERE NOT EXISTS { (e)-[:FROM]->(:Source) }
         RETURN collect(e.id) AS evidenceWithoutSource
       }
       CALL () {
         MATCH (d:Redirect)
         WHERE EXISTS { MATCH (:Entity {id: d.id}) } OR NOT EXISTS { MATCH (:Entity {id: d.to}) }
         RETURN collect(d.id + ' -> ' + d.to) AS redirectsToTwins
       }
       CALL () { MATCH (a:Entity)-[r]->(a) RETURN collect(r.id) AS selfLoops }
       RETURN mixedKinds, sharedNames, evidenceAboutNothing, evidenceWithoutSource, redirectsToTwins, selfLoops`,
      { kinds: ENTITY_KINDS },
    );
    return row;
  }

  async function expectIntegrity() {
    expect(await integrity()).toEqual({
      mixedKinds: [],
      sharedNames: [],
      evidenceAboutNothing: [],
      evidenceWithoutSource: [],
      redirectsToTwins: [],
      selfLoops: [],
    });
  }

  const entity = async (id: string) =>
    (
      await graph.read<{ n: Record<string, unknown> & { aliases: string[] }; labels: string[] }>(
        "MATCH (n:Entity {id: $id}) RETURN n { .* } AS n, labels(n) AS labels",
        { id },
      )
    )[0];
  const quotesAbout = async (about: string) =>
    (
      await graph.read<{ quote: string }>("MATCH (e:Evidence {about: $about}) RETURN e.quote AS quote", {
        about,
      })
    ).map((r) => r.quote);

  /**
   * N requests adding a LOCATED_IN tie (keys race-0…) from `id`, with quotes from sentence `tieQuote`
   * on, and N adding a quote about `id`, from sentence `quoted` on.
   */
  const tiesAndQuotes = (id: string, tieQuote: number, quoted: number) => [
    ...Array.from(
      { length: N },
      (_, i) => () =>
        send("addRelationship", ADD_RELATIONSHIP, {
          input: {
            type: "LOCATED_IN",
            from: id,
            to: "place:jakarta",
            key: `race-${i}`,
            evidence: quote(tieQuote + i),
          },
        }),
    ),
    ...Array.from(
      { length: N },
      (_, i) => () =>
        send("addEvidence", ADD_EVIDENCE, {
          input: { about: id, sourceId: SOURCE_ID, quote: sentence(quoted + i) },
        }),
    ),
  ];

  it("upsertEntity, identical: one created, the others unchanged, one audit entry", async () => {
    const id = "org:race-identical";
    const answers = await race(
      Array.from({ length: N }, () => () => send("upsertEntity", UPSERT, { input: company(id, 0) })),
    );
    expectNoErrors(answers);
    expect(answers.filter(refused)).toEqual([]);
    expect(answers.filter(created)).toHaveLength(1);
    expect(answers.filter(applied)).toHaveLength(1);
    await expectAuditMatches(answers);
    await expectIntegrity();
  });

  it("upsertEntity, each with another alias: one created, the others updated, every alias kept", async () => {
    const id = "org:race-aliases";
    const answers = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          send("upsertEntity", UPSERT, { input: company(id, 1, { aliases: [`PT Balap Alias ${i}`] }) }),
      ),
    );
    expectNoErrors(answers);
    expect(answers.filter(refused)).toEqual([]);
    expect(answers.filter(created)).toHaveLength(1);
    expect(answers.filter((a) => a.payload.report?.updatedEntities?.includes(id))).toHaveLength(N - 1);
    expect((await entity(id))?.n.aliases.sort()).toEqual(
      Array.from({ length: N }, (_, i) => `PT Balap Alias ${i}`).sort(),
    );
    await expectAuditMatches(answers);
    await expectIntegrity();
  });

  it("upsertEntity, each with another name, type and country: one wins, the others are refused", async () => {
    const id = "org:race-conflicting";
    const answers = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          send("upsertEntity", UPSERT, {
            input: company(id, 10 + i, {
              type: i % 2 ? "COMPANY" : "STATE_OWNED_ENTERPRISE",
              country: i % 3 ? "ID" : "CN",
            }),
          }),
      ),
    );
    expectNoErrors(answers);
    const winners = answers.filter((a) => !refused(a));
    expect(winners).toHaveLength(1);
    expect(winners.filter(created)).toHaveLength(1);
    for (const loser of answers.filter(refused)) {
      expect(loser.payload.userErrors.map((e) => e.field.join("."))).toContain("input.name");
    }
    expect((await entity(id))?.n.name).toBe(winners[0]?.payload.entity?.name);
    await expectAuditMatches(answers);
    await expectIntegrity();
  });

  it("upsertEntity, half as an Organization and half as a Person: one kind wins, with one label", async () => {
    const id = "org:race-kinds";
    const person = { id, kind: "Person", name: "Perusahaan Balap 30", evidence: quote(30) };
    const answers = await race(
      Array.from(
        { length: N },
        (_, i) => () => send("upsertEntity", UPSERT, { input: i % 2 ? person : company(id, 30) }),
      ),
    );
    expectNoErrors(answers);
    expect(answers.filter(created)).toHaveLength(1);
    const stored = await entity(id);
    const kind = stored?.n.kind as string;
    expect(stored?.labels.sort()).toEqual(["Entity", kind].sort());
    const losers = answers.filter(refused);
    expect(losers).toHaveLength(N / 2);
    for (const loser of losers) {
      expect(loser.payload.userErrors[0]?.message).toMatch(
        new RegExp(`${id} has kind "${kind}" in the graph`),
      );
    }
    await expectAuditMatches(answers);
    await expectIntegrity();
  });

  it("8 new entities named Theta Corp under different ids: one accepted, the others refused as duplicates", async () => {
    const answers = await race(
      Array.from(
        { length: 8 },
        (_, i) => () =>
          send("upsertEntity", UPSERT, {
            input: { ...company(`org:theta-${i}`, 40 + i), name: "Theta Corp" },
          }),
      ),
    );
    expectNoErrors(answers);
    const accepted = answers.filter((a) => !refused(a));
    expect(accepted).toHaveLength(1);
    const winner = accepted[0]?.payload.entity?.id;
    for (const loser of answers.filter(refused)) {
      expect(loser.payload.userErrors[0]?.message).toMatch(
        new RegExp(`may be ${winner ?? "?"} \\(shares "Theta Corp"\\)`),
      );
    }
    await expectAuditMatches(answers);
    await expectIntegrity();
  });

  it("addRelationship, identical and with conflicting titles: added once, the conflicting ones refused", async () => {
    const tie = (key: string, title: string, i: number) => ({
      type: "HOLDS_POSITION",
      from: "person:setia-diarta",
      to: "org:ilmate",
      key,
      title,
      evidence: quote(i),
    });
    const answers = await race([
      ...Array.from(
        { length: N },
        () => () => send("addRelationship", ADD_RELATIONSHIP, { input: tie("race", "Direktur", 50) }),
      ),
      ...Array.from(
        { length: N },
        (_, i) => () =>
          send("addRelationship", ADD_RELATIONSHIP, { input: tie("race-titles", `Jabatan ${i}`, 51) }),
      ),
    ]);
    expectNoErrors(answers);
    const identical = answers.slice(0, N);
    expect(identical.filter(refused)).toEqual([]);
    expect(identical.filter(applied)).toHaveLength(1);
    const conflicting = answers.slice(N);
    expect(conflicting.filter((a) => !refused(a))).toHaveLength(1);
    for (const loser of conflicting.filter(refused)) {
      expect(loser.payload.userErrors[0]?.field).toEqual(["input", "title"]);
    }
    await expectAuditMatches(answers);
    await expectIntegrity();
  });

  it("importSource, identical: one applied, the others change nothing and leave no audit entry", async () => {
    const fixture = path.join(projectRoot, "test", "fixtures", "import", "example-2025-06-02-mou");
    const input = {
      yaml: readFileSync(`${fixture}.yaml`, "utf8"),
      text: readFileSync(`${fixture}.txt`, "utf8"),
    };
    const answers = await race(
      Array.from({ length: N }, () => () => send("importSource", IMPORT, { input })),
    );
    expectNoErrors(answers);
    expect(answers.filter(refused)).toEqual([]);
    expect(answers.filter((a) => a.payload.applied)).toHaveLength(1);
    expect(answers.filter((a) => a.payload.report?.changes === false)).toHaveLength(N - 1);
    await expectAuditMatches(answers);
    await expectIntegrity();
  });

  it("mergeEntities racing upserts, relationships and quotes of the duplicate: no zombie, nothing lost", async () => {
    const [survivor, duplicate] = ["org:race-survivor", "org:race-duplicate"];
    for (const [id, i] of [
      [survivor, 60],
      [duplicate, 61],
    ] as const) {
      expect((await send("upsertEntity", UPSERT, { input: company(id, i) })).payload.userErrors).toEqual([]);
    }
    await graph.write("MATCH (a:AuditEntry) DETACH DELETE a");
    const answers = await race([
      ...Array.from({ length: N }, () => () => send("mergeEntities", MERGE, { survivor, duplicate }, admin)),
      ...Array.from(
        { length: N },
        (_, i) => () =>
          send("upsertEntity", UPSERT, { input: company(duplicate, 61, { aliases: [`PT Duplikat ${i}`] }) }),
      ),
      ...tiesAndQuotes(duplicate, 62, 72),
    ]);
    expectNoErrors(answers);
    expect(answers.filter((a) => a.action === "mergeEntities" && !refused(a))).toHaveLength(1);
    expect(await entity(duplicate)).toBeUndefined();
    const kept = await entity(survivor);
    // Whatever was acknowledged is on the survivor: its aliases, its ties and its quotes.
    for (const [i, a] of answers.filter((x) => x.action === "upsertEntity").entries()) {
      if (applied(a)) expect(kept?.n.aliases).toContain(`PT Duplikat ${i}`);
      else if (refused(a)) expect(a.payload.userErrors[0]?.message).toMatch(`was merged into ${survivor}`);
    }
    const ties = (
      await graph.read<{ id: string }>(
        "MATCH (:Entity {id: $survivor})-[r:LOCATED_IN]->() RETURN r.id AS id",
        {
          survivor,
        },
      )
    ).map((r) => r.id);
    for (const [i, a] of answers.filter((x) => x.action === "addRelationship").entries()) {
      if (applied(a)) expect(ties).toContain(`${survivor}-[LOCATED_IN]->place:jakarta#race-${i}`);
    }
    const quotes = await quotesAbout(survivor);
    for (const [i, a] of answers.filter((x) => x.action === "addEvidence").entries()) {
      if (applied(a)) expect(quotes).toContain(sentence(72 + i));
    }
    await expectAuditMatches(answers);
    await expectIntegrity();
  });

  it("writes racing deleteEntity: no quote left about the deleted id, none shown by an entity re-created there", async () => {
    const doomed = "org:race-doomed";
    expect((await send("upsertEntity", UPSERT, { input: company(doomed, 90) })).payload.userErrors).toEqual(
      [],
    );
    await graph.write("MATCH (a:AuditEntry) DETACH DELETE a");
    const answers = await race([
      ...Array.from({ length: N }, () => () => send("deleteEntity", DELETE, { id: doomed }, admin)),
      ...Array.from(
        { length: N },
        (_, i) => () =>
          send("upsertEntity", UPSERT, { input: { ...company(doomed, 90), evidence: quote(120 + i) } }),
      ),
      ...tiesAndQuotes(doomed, 130, 140),
    ]);
    expectNoErrors(answers);
    expect(answers.filter((a) => a.action === "deleteEntity" && !refused(a)).length).toBeGreaterThanOrEqual(
      1,
    );
    expect(await quotesAbout(doomed)).not.toContain(sentence(90));
    await expectAuditMatches(answers);
    await expectIntegrity();
  });

  it("removeRelationship racing quotes about it: removed once, no quote left about it", async () => {
    const id = "org:kemenperin-[LOCATED_IN]->place:jakarta#race-remove";
    const added = await send("addRelationship", ADD_RELATIONSHIP, {
      input: {
        type: "LOCATED_IN",
        from: "org:kemenperin",
        to: "place:jakarta",
        key: "race-remove",
        evidence: quote(116),
      },
    });
    expect(added.payload.userErrors).toEqual([]);
    await graph.write("MATCH (a:AuditEntry) DETACH DELETE a");
    const answers = await race([
      ...Array.from({ length: N }, () => () => send("removeRelationship", REMOVE, { id })),
      ...Array.from(
        { length: N },
        (_, i) => () =>
          send("addEvidence", ADD_EVIDENCE, {
            input: { about: id, sourceId: SOURCE_ID, quote: sentence(150 + i) },
          }),
      ),
    ]);
    expectNoErrors(answers);
    expect(answers.filter((a) => a.action === "removeRelationship" && !refused(a))).toHaveLength(1);
    expect(await quotesAbout(id)).toEqual([]);
    await expectAuditMatches(answers);
    await expectIntegrity();
  });

  it("importSource, conflicting: one version wins, the same version changes nothing, the other is refused", async () => {
    const yaml = (type: string) => `source:
  id: source:test-concurrency-import
  textFile: race.txt
  publisher: Test
  title: Balapan impor
  language: id
entities:
  - kind: Organization
    id: org:race-imported
    name: Perusahaan Impor
    type: ${type}
    evidence: ["Perusahaan Impor menandatangani kontrak"]
`;
    const text = "Perusahaan Impor menandatangani kontrak pengolahan nikel.";
    const answers = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          send("importSource", IMPORT, { input: { yaml: yaml(i % 2 ? "COMPANY" : "HOLDING"), text } }),
      ),
    );
    expectNoErrors(answers);
    const winner = answers.find((a) => a.payload.applied);
    expect(answers.filter((a) => a.payload.applied)).toHaveLength(1);
    const type = (await entity("org:race-imported"))?.n.type;
    const same = answers.filter(
      (a) => a !== winner && answers.indexOf(a) % 2 === (type === "COMPANY" ? 1 : 0),
    );
    expect(same.map((a) => [a.payload.report?.changes, a.payload.userErrors])).toEqual(
      same.map(() => [false, []]),
    );
    const other = answers.filter((a) => answers.indexOf(a) % 2 === (type === "COMPANY" ? 0 : 1));
    for (const a of other) {
      expect(a.payload.userErrors[0]?.message).toBe(
        `org:race-imported has type "${String(type)}" in the graph, not "${type === "COMPANY" ? "HOLDING" : "COMPANY"}"`,
      );
    }
    await expectAuditMatches(answers);
    await expectIntegrity();
  });

  it("mergeEntities in both directions at once: one direction wins, the other id redirects to it", async () => {
    const [p, q] = ["org:race-merge-p", "org:race-merge-q"];
    for (const [id, i] of [
      [p, 160],
      [q, 161],
    ] as const) {
      expect((await send("upsertEntity", UPSERT, { input: company(id, i) })).payload.userErrors).toEqual([]);
    }
    await graph.write("MATCH (a:AuditEntry) DETACH DELETE a");
    const answers = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          send(
            "mergeEntities",
            MERGE,
            i % 2 ? { survivor: p, duplicate: q } : { survivor: q, duplicate: p },
            admin,
          ),
      ),
    );
    expectNoErrors(answers);
    expect(answers.filter((a) => !refused(a))).toHaveLength(1);
    const survivors = [await entity(p), await entity(q)].filter((e) => e !== undefined);
    expect(survivors).toHaveLength(1);
    await expectAuditMatches(answers);
    await expectIntegrity();
  });

  it("an operation with a write the viewer may not make is refused whole (403), before any of it runs", async () => {
    const { status, body } = await postGraphQL(
      server.url,
      `mutation ($input: EntityInput!) {
        a: upsertEntity(input: $input) { userErrors { message } }
        b: deleteEntity(id: "org:kemenperin") { userErrors { message } } }`,
      { input: company("org:race-forbidden", 170) },
      editor.token,
    );
    expect(status).toBe(403);
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ["FORBIDDEN", "deleteEntity: this needs the admin role; edo is an editor"],
    ]);
    expect(await entity("org:race-forbidden")).toBeUndefined();
    expect(await auditCounts()).toEqual({});
  });
});
