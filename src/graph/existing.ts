import type { ManagedTransaction } from "neo4j-driver";
import type { EntityKind } from "../model/kinds.js";
import { entityRow, relationshipRow, type EntityRow, type RelationshipRow, type SourceRow } from "./rows.js";

/** What a planned write needs to know of the graph as it is. */
export interface ExistingState {
  entities: Map<string, EntityRow>;
  relationships: Map<string, RelationshipRow>;
  evidenceIds: Set<string>;
  statementIds: Set<string>;
  sources: Map<string, SourceRow>;
  /** Ids of merged entities, to the survivor's id. */
  redirects: Map<string, string>;
  /** Existing entities sharing a name or alias with a new one. */
  nameMatches: { id: string; match: EntityRow; shared: string[] }[];
}

export interface ExistingQuery {
  entityIds: string[];
  relationships: { id: string; from: string }[];
  evidenceIds: string[];
  statementIds: string[];
  sourceIds: string[];
  /** New entities to look for under other ids: names lower-cased, and ids not to report. */
  newEntities: { id: string; kind: EntityKind; names: string[]; exclude: string[] }[];
}

/**
 * Reads everything a write's plan compares against, in one query of the caller's transaction: inside a
 * write, after the write has locked what it touches (src/graph/locks.ts), so nothing changes until it commits.
 */
export async function fetchExisting(tx: ManagedTransaction, query: ExistingQuery): Promise<ExistingState> {
  const result = await tx.run<{
    entities: EntityRow[];
    relationships: RelationshipRow[];
    evidenceIds: string[];
    statementIds: string[];
    sources: SourceRow[];
    redirects: { id: string; to: string }[];
    nameMatches: { id: string; match: EntityRow; shared: string[] }[];
  }>(
    `CALL () { UNWIND $entityIds AS id MATCH (n:Entity {id: id}) RETURN collect(${entityRow()}) AS entities }
     CALL () {
       UNWIND $relationships AS key
       MATCH (:Entity {id: key.from})-[r {id: key.id}]->(:Entity)
       RETURN collect(${relationshipRow("r")}) AS relationships
     }
     CALL () { UNWIND $evidenceIds AS id MATCH (e:Evidence {id: id}) RETURN collect(e.id) AS evidenceIds }
     CALL () { UNWIND $statementIds AS id MATCH (s:Statement {id: id}) RETURN collect(s.id) AS statementIds }
     CALL () { UNWIND $sourceIds AS id MATCH (s:Source {id: id}) RETURN collect(s { .* }) AS sources }
     CALL () {
       UNWIND $entityIds AS id MATCH (d:Redirect {id: id}) RETURN collect(d { .id, .to }) AS redirects
     }
     CALL () {
       UNWIND $newEntities AS candidate
       MATCH (n:Entity {kind: candidate.kind})
       WHERE n.id <> candidate.id AND NOT n.id IN candidate.exclude
       WITH candidate, n, [name IN n.aliases + n.name WHERE toLower(name) IN candidate.names] AS shared
       WHERE size(shared) > 0
       RETURN collect({ id: candidate.id, match: ${entityRow()}, shared: shared }) AS nameMatches
     }
     RETURN entities, relationships, evidenceIds, statementIds, sources, redirects, nameMatches`,
    { ...query },
  );
  const row = result.records[0]?.toObject();
  if (!row) throw new Error("existing-state query returned no row");
  return {
    entities: new Map(row.entities.map((e) => [e.id, e])),
    relationships: new Map(row.relationships.map((r) => [r.id, r])),
    evidenceIds: new Set(row.evidenceIds),
    statementIds: new Set(row.statementIds),
    sources: new Map(row.sources.map((s) => [s.id, s])),
    redirects: new Map(row.redirects.map((r) => [r.id, r.to])),
    nameMatches: row.nameMatches,
  };
}

/** The texts of the sources with these ids (the quotes of a write are located in them). */
export async function sourceTexts(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const result = await tx.run<{ id: string; text: string }>(
    "UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s.id AS id, s.text AS text",
    { ids },
  );
  return new Map(result.records.map((r) => [r.get("id"), r.get("text")]));
}
