import type { ManagedTransaction } from "neo4j-driver";
import neo4j from "neo4j-driver";
import type { Graph } from "./driver.js";

export interface AuditEntryRow {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  targets: string[];
  summary: string;
}

/** Records a write inside its own transaction, so the log holds exactly the writes that were applied. */
export async function appendAudit(
  tx: ManagedTransaction,
  entry: Omit<AuditEntryRow, "id" | "at">,
): Promise<void> {
  await tx.run(
    `CREATE (a:AuditEntry)
     SET a = $entry, a.id = randomUUID(), a.at = toString(datetime())`,
    { entry },
  );
}

/** A page of the audit log, newest first, with the total. */
export async function auditLog(
  graph: Graph,
  filter: { actor?: string | null; action?: string | null },
  offset: number,
  limit: number,
): Promise<{ rows: AuditEntryRow[]; totalCount: number }> {
  const where = `($actor IS NULL OR a.actor = $actor) AND ($action IS NULL OR a.action = $action)`;
  const [row] = await graph.read<{ rows: AuditEntryRow[]; totalCount: number }>(
    `CALL () { MATCH (a:AuditEntry) WHERE ${where} RETURN count(a) AS totalCount }
     CALL () {
       MATCH (a:AuditEntry) WHERE ${where}
       WITH a ORDER BY a.at DESC, a.id SKIP $offset LIMIT $limit
       RETURN collect(a { .* }) AS rows
     }
     RETURN rows, totalCount`,
    {
      actor: filter.actor ?? null,
      action: filter.action ?? null,
      offset: neo4j.int(offset),
      limit: neo4j.int(limit),
    },
  );
  return row ?? { rows: [], totalCount: 0 };
}
