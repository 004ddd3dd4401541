import { describe, expect, it } from "vitest";
import type { ExistingState } from "../../src/graph/existing.js";
import type { EntityRow, RelationshipRow, SourceRow } from "../../src/graph/rows.js";
import { evidenceId, relationshipId } from "../../src/model/ids.js";
import type {
  EntityRecord,
  EvidenceRecord,
  GraphChanges,
  RelationshipRecord,
  SourceRecord,
  StatementRecord,
} from "../../src/model/records.js";
import {
  endsOf,
  existingQuery,
  idLock,
  lockKeysOf,
  planChanges,
  type PlanInput,
} from "../../src/write/plan.js";

/**
 * planChanges without a database: facts to write against a graph given as data (what fetchExisting would
 * read), so that each rule of the plan is seen on its own.
 */

const TEXT = "Kementerian Perindustrian (Kemenperin) membina Direktorat Jenderal ILMATE.";

const source: SourceRecord = {
  id: "source:test-2025",
  textFile: "test-2025.txt",
  publisher: "Test",
  title: "A test article",
  language: "id",
  text: TEXT,
};

function entity(id: string, name: string, extra: Partial<EntityRecord> = {}): EntityRecord {
  return {
    kind: "Organization",
    id,
    name,
    aliases: [],
    type: "MINISTRY",
    evidence: [name],
    sourceIds: [source.id],
    ...extra,
  } as EntityRecord;
}

const ministry = entity("org:kemenperin", "Kementerian Perindustrian", { aliases: ["Kemenperin"] });
const ilmate = entity("org:ilmate", "Direktorat Jenderal ILMATE", { type: "DIRECTORATE_GENERAL" });

const unitOf: RelationshipRecord = {
  id: relationshipId({ type: "UNIT_OF", from: ilmate.id, to: ministry.id }),
  type: "UNIT_OF",
  from: ilmate.id,
  to: ministry.id,
  observedOn: "2025-03",
  sourceIds: [source.id],
};

function evidence(about: string, quote: string): EvidenceRecord {
  const start = TEXT.indexOf(quote);
  return {
    id: evidenceId(about, source.id, { start, end: start + quote.length }),
    about,
    sourceId: source.id,
    quote,
    start,
    end: start + quote.length,
  };
}

const changes: GraphChanges = {
  sources: [source],
  entities: [ministry, ilmate],
  relationships: [unitOf],
  evidence: [evidence(ministry.id, "Kementerian Perindustrian"), evidence(unitOf.id, "membina")],
  statements: [],
};

const statement: StatementRecord = {
  id: "statement:kemenperin-membina-ilmate",
  speaker: ministry.id,
  paraphrase: "The ministry says it oversees ILMATE",
  about: [ilmate.id],
  sourceId: source.id,
  dateDerived: false,
};

function input(over: Partial<PlanInput> = {}): PlanInput {
  return { changes, external: [], pathOf: (id) => ["facts", id], ...over };
}

/** The graph as fetchExisting reads it; empty unless told. */
function graph(over: Partial<ExistingState> = {}): ExistingState {
  return {
    entities: new Map(),
    relationships: new Map(),
    evidenceIds: new Set(),
    statementIds: new Set(),
    sources: new Map(),
    redirects: new Map(),
    nameMatches: [],
    ...over,
  };
}

/** An entity as the graph holds it: its record without what the graph keeps elsewhere. */
function row(e: EntityRecord, over: Partial<EntityRow> = {}): EntityRow {
  const { evidence: _e, sourceIds: _s, distinctFrom: _d, ...props } = e;
  return { ...props, ...over };
}

function relationshipRow(r: RelationshipRecord, over: Partial<RelationshipRow> = {}): RelationshipRow {
  return {
    id: r.id,
    type: r.type,
    fromId: r.from,
    toId: r.to,
    observedOn: r.observedOn ?? null,
    lastObservedOn: r.lastObservedOn ?? r.observedOn ?? null,
    ...over,
  };
}

const sourceRow = (s: SourceRecord, over: Partial<SourceRow> = {}): SourceRow => ({ ...s, ...over });

/** The graph after `changes` were written: everything in it, as it is. */
function written(over: Partial<ExistingState> = {}): ExistingState {
  return graph({
    entities: new Map(changes.entities.map((e) => [e.id, row(e)])),
    relationships: new Map(changes.relationships.map((r) => [r.id, relationshipRow(r)])),
    evidenceIds: new Set(changes.evidence.map((e) => e.id)),
    sources: new Map([[source.id, sourceRow(source)]]),
    ...over,
  });
}

describe("planChanges", () => {
  it("creates everything on an empty graph", () => {
    const { report, problems } = planChanges(input(), graph());
    expect(problems).toEqual([]);
    expect(report).toEqual({
      createdEntities: [ministry.id, ilmate.id],
      updatedEntities: [],
      createdRelationships: [unitOf.id],
      updatedRelationships: [],
      addedEvidence: 2,
      createdStatements: [],
      createdSources: [source.id],
      candidates: [],
      changes: true,
    });
  });

  it("changes nothing when the graph already holds the facts", () => {
    const { report, problems } = planChanges(input(), written());
    expect(problems).toEqual([]);
    expect(report.changes).toBe(false);
    expect(report.createdEntities).toEqual([]);
    expect(report.updatedEntities).toEqual([]);
    expect(report.addedEvidence).toBe(0);
  });

  it("updates an entity that gains an alias, a description, a statement or a quote", () => {
    const stated = written({
      entities: new Map([
        [ministry.id, row(ministry, { aliases: [] })],
        [ilmate.id, row(ilmate, { inferred: "from its name" })],
      ]),
    });
    const { report, problems } = planChanges(input(), stated);
    expect(problems).toEqual([]);
    expect(report.updatedEntities).toEqual([ministry.id, ilmate.id]);
    expect(report.changes).toBe(true);

    const quoted = written({ evidenceIds: new Set() });
    expect(planChanges(input(), quoted).report.updatedEntities).toEqual([ministry.id]);
    expect(planChanges(input(), quoted).report.updatedRelationships).toEqual([unitOf.id]);
  });

  it("refuses a change of a fixed property, naming the field, and suggests an alias for a name", () => {
    const renamed = written({
      entities: new Map([
        [ministry.id, row(ministry, { name: "Departemen Perindustrian" })],
        [ilmate.id, row(ilmate, { type: "MINISTRY" })],
      ]),
    });
    expect(planChanges(input(), renamed).problems).toEqual([
      {
        at: ["facts", ministry.id, "name"],
        message:
          'org:kemenperin has name "Departemen Perindustrian" in the graph, not "Kementerian Perindustrian"; ' +
          "give the other name as an alias",
      },
      {
        at: ["facts", ilmate.id, "type"],
        message: 'org:ilmate has type "MINISTRY" in the graph, not "DIRECTORATE_GENERAL"',
      },
    ]);
  });

  it("sends a merged entity's id to its survivor", () => {
    const merged = graph({ redirects: new Map([[ilmate.id, "org:ditjen-ilmate"]]) });
    const { report, problems } = planChanges(input(), merged);
    expect(report.createdEntities).toEqual([ministry.id]);
    expect(problems).toContainEqual({
      at: ["facts", ilmate.id],
      message: "org:ilmate was merged into org:ditjen-ilmate; use org:ditjen-ilmate",
    });
  });

  it("reports a new entity that shares a name with a known one as a candidate, and refuses it", () => {
    const known = row(entity("org:kemenperin-ri", "Kemenperin RI", { aliases: ["Kemenperin"] }));
    const { report, problems } = planChanges(
      input(),
      graph({ nameMatches: [{ id: ministry.id, match: known, shared: ["Kemenperin"] }] }),
    );
    expect(report.candidates).toEqual([{ id: ministry.id, matches: [known], sharedNames: ["Kemenperin"] }]);
    expect(problems).toEqual([
      {
        at: ["facts", ministry.id],
        message:
          'org:kemenperin may be org:kemenperin-ri (shares "Kemenperin"); use that id, or list it in ' +
          "distinctFrom if they are different actors",
      },
    ]);
  });

  it("refuses an alias a known entity of the same kind already has", () => {
    const other = row(entity("org:other", "Other", { aliases: ["ILMATE"] }));
    const withAlias = { ...changes, entities: [{ ...ilmate, aliases: ["ILMATE"] }] };
    const { problems } = planChanges(
      input({ changes: withAlias }),
      written({ nameMatches: [{ id: ilmate.id, match: other, shared: ["ILMATE"] }] }),
    );
    expect(problems).toEqual([
      {
        at: ["facts", ilmate.id, "aliases"],
        message:
          'org:other is named "ILMATE" too; merge the two (mergeEntities), or list it in distinctFrom if ' +
          "they are different actors",
      },
    ]);
  });

  it("checks references: unknown, of the wrong kind, and ids that must exist", () => {
    const place = row(entity("place:jakarta", "Jakarta", { kind: "Place", type: "CITY" }));
    const { problems } = planChanges(
      input({
        external: [
          { id: "org:nowhere", kinds: ["Organization"], file: "a.yaml", at: "relationships[0].to" },
          { id: place.id, kinds: ["Organization", "Person"], file: "a.yaml", at: "relationships[1].to" },
        ],
        mustExist: ["org:absent", ministry.id],
      }),
      graph({ entities: new Map([[place.id, place]]) }),
    );
    expect(problems).toEqual([
      { at: ["a.yaml", "relationships[0].to"], message: "unknown entity org:nowhere" },
      {
        at: ["a.yaml", "relationships[1].to"],
        message: "place:jakarta is a Place; expected Organization or Person",
      },
      { at: ["facts", "org:absent"], message: "no entity or relationship has the id org:absent" },
    ]);
  });

  it("updates a relationship observed earlier or later, and refuses a change of its fixed keys", () => {
    const later = { ...unitOf, observedOn: "2025-05", lastObservedOn: "2025-05" };
    const laterInput = input({ changes: { ...changes, relationships: [later] } });
    expect(planChanges(laterInput, written()).report.updatedRelationships).toEqual([unitOf.id]);

    const titled = { ...unitOf, title: "Direktur Jenderal" };
    const { problems } = planChanges(
      input({ changes: { ...changes, relationships: [titled] } }),
      written({ relationships: new Map([[unitOf.id, relationshipRow(unitOf, { title: "Direktur" })]]) }),
    );
    expect(problems).toEqual([
      {
        at: ["facts", unitOf.id, "title"],
        message: `${unitOf.id} has title "Direktur" in the graph, not "Direktur Jenderal"`,
      },
    ]);
  });

  it("refuses a source whose text changed, and a quote of an unknown source", () => {
    const changed = written({ sources: new Map([[source.id, sourceRow(source, { text: "another text" })]]) });
    expect(planChanges(input(), changed).problems).toEqual([
      {
        at: ["facts", source.id],
        message: `${source.id} is in the graph with another text; quotes' offsets refer to it, so it cannot change`,
      },
    ]);
    const orphan = { ...evidence(ministry.id, "Kemenperin"), sourceId: "source:elsewhere" };
    const withoutSource = { ...changes, sources: [], evidence: [orphan] };
    expect(planChanges(input({ changes: withoutSource }), graph()).problems).toEqual([
      { at: ["facts", ministry.id], message: "unknown source source:elsewhere" },
    ]);
  });

  it("creates a statement the graph does not hold, and reads its source", () => {
    const withStatement = { ...changes, statements: [statement] };
    expect(planChanges(input({ changes: withStatement }), written()).report).toMatchObject({
      createdStatements: [statement.id],
      changes: true,
    });
    const held = written({ statementIds: new Set([statement.id]) });
    expect(planChanges(input({ changes: withStatement }), held).report).toMatchObject({
      createdStatements: [],
      changes: false,
    });
    const elsewhere = { ...statement, sourceId: "source:elsewhere" };
    const query = existingQuery(input({ changes: { ...changes, statements: [elsewhere] } }));
    expect(query.statementIds).toEqual([statement.id]);
    expect(query.sourceIds).toEqual([source.id, "source:elsewhere"]);
  });
});

describe("what a plan reads and locks", () => {
  it("splits a relationship id into its ends, key aside", () => {
    expect(endsOf(unitOf.id)).toEqual([ilmate.id, ministry.id]);
    expect(
      endsOf(relationshipId({ type: "HOLDS_POSITION", from: "person:a", to: "org:b", key: "x" })),
    ).toEqual(["person:a", "org:b"]);
  });

  it("looks up every id the input declares or refers to", () => {
    const query = existingQuery(
      input({
        external: [{ id: "org:external", kinds: ["Organization"], file: "a.yaml", at: "x" }],
        mustExist: ["person:a-[HOLDS_POSITION]->org:b"],
      }),
    );
    expect(new Set(query.entityIds)).toEqual(
      new Set([ministry.id, ilmate.id, "org:external", "person:a", "org:b"]),
    );
    expect(query.relationships).toEqual([
      { id: unitOf.id, from: ilmate.id },
      { id: "person:a-[HOLDS_POSITION]->org:b", from: "person:a" },
    ]);
    expect(query.sourceIds).toEqual([source.id]);
    expect(query.evidenceIds).toEqual(changes.evidence.map((e) => e.id));
    expect(query.newEntities[0]).toEqual({
      id: ministry.id,
      kind: "Organization",
      names: ["kementerian perindustrian", "kemenperin"],
      exclude: [],
    });
  });

  it("locks the ids it reads and each new name within its kind", () => {
    const keys = lockKeysOf(input());
    expect(keys).toContain(idLock(ministry.id));
    expect(keys).toContain(idLock(source.id));
    expect(keys).toContain("name Organization kemenperin");
    expect(keys).toContain("name Organization direktorat jenderal ilmate");
    expect(new Set(keys).size).toBe(keys.length);
  });
});
