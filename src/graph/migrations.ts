import { RELATIONSHIP_TYPES } from "../model/relationships.js";
import type { Graph } from "./driver.js";
import { markObservations } from "./observation.js";

/**
 * Constraints and indexes, applied at every start. Each statement is idempotent (IF NOT EXISTS), so a
 * new one is simply added to the end of this list.
 */
export const MIGRATIONS: readonly string[] = [
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE",
  "CREATE INDEX evidence_about IF NOT EXISTS FOR (n:Evidence) ON (n.about)",
  // The id of an entity merged into another, pointing at the survivor.
  "CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (n:Redirect) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE",
  "CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at)",
  "CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)",
  "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
  // The list filters that select on a kind's own property.
  "CREATE INDEX organization_type IF NOT EXISTS FOR (n:Organization) ON (n.type)",
  "CREATE INDEX agreement_status IF NOT EXISTS FOR (n:Agreement) ON (n.status)",
  "CREATE INDEX indicator_metric IF NOT EXISTS FOR (n:Indicator) ON (n.metric)",
  // Two full-text indexes over the same fields, so both Indonesian ("nikel") and English ("nickel") stems
  // match. Neo4j refuses a second index on the same label and property list whatever its analyzer, so the
  // English one lists the properties in another order.
  `CREATE FULLTEXT INDEX entity_search_id IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases, n.description]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'indonesian' } }`,
  `CREATE FULLTEXT INDEX entity_search_en IF NOT EXISTS FOR (n:Entity) ON EACH [n.aliases, n.name, n.description]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'english' } }`,
  // The quotes, for evidenceSearch: one index (Neo4j allows one per label and property list), Indonesian
  // analysis, as the sources are Indonesian; English words are matched unstemmed, and the lexicon adds each
  // term's forms in both languages to the query.
  `CREATE FULLTEXT INDEX evidence_quote IF NOT EXISTS FOR (n:Evidence) ON EACH [n.quote]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'indonesian' } }`,
  // Relationship ids are stable API ids too: unique (and so indexed) per type.
  ...RELATIONSHIP_TYPES.map(
    (type) =>
      `CREATE CONSTRAINT relationship_id_${type} IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
  ),
  // Statements (src/graph/statements.ts): stable ids, and the date the statements query orders and filters by.
  "CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE",
  "CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date)",
  // One lock node per id or name that writes serialise on (src/graph/locks.ts).
  "CREATE CONSTRAINT write_lock_key IF NOT EXISTS FOR (n:WriteLock) REQUIRE n.key IS UNIQUE",
];

/**
 * Applies every migration and waits until the indexes are online; then upgrades the data in place: every
 * tie gets an observation date and its basis (src/domain/observation.ts), which graphs loaded before the
 * rule lack. Each step is idempotent.
 */
export async function migrate(graph: Graph): Promise<void> {
  for (const statement of MIGRATIONS) await graph.write(statement);
  await graph.write("CALL db.awaitIndexes(60)");
  await graph.writeTransaction((tx) => markObservations(tx));
}
