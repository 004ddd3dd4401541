import type { ManagedTransaction } from "neo4j-driver";
import type { Viewer } from "../api-keys.js";
import { appendAudit } from "../graph/audit.js";
import { isTimeout, type Graph } from "../graph/driver.js";
import { WRITE_TIMEOUT_MS } from "../limits.js";
import { notApplied, type WriteResult } from "./result.js";

/** Ends a transaction that applied nothing (a notApplied, or nothing to change), with the answer to give. */
class NothingApplied<T> extends Error {
  override name = "NothingApplied";
  constructor(readonly result: WriteResult<T>) {
    super("nothing applied: the transaction is rolled back");
  }
}

/**
 * Runs one write, its checks and its changes, as ONE transaction function, with the write timeout. `work`
 * takes the locks of what it checks first (src/graph/locks.ts), so concurrent writes that could disagree run
 * one after the other, each seeing what the one before committed. The driver runs `work` again when Neo4j
 * reports a deadlock or another transient error. The transaction commits only when `work` says it applied
 * something; a notApplied or a write with nothing to change is rolled back, so it leaves no trace at all (not
 * even a lock node or an audit entry).
 */
export async function serialisedWrite<T>(
  graph: Graph,
  work: (tx: ManagedTransaction) => Promise<WriteResult<T>>,
): Promise<WriteResult<T>> {
  try {
    return await graph.writeTransaction(
      async (tx) => {
        const result = await work(tx);
        if (!result.applied) throw new NothingApplied(result);
        return result;
      },
      { timeoutMs: WRITE_TIMEOUT_MS },
    );
  } catch (error) {
    if (error instanceof NothingApplied) return error.result as WriteResult<T>;
    if (isTimeout(error)) {
      return notApplied([
        {
          at: [],
          message:
            `the write took longer than ${WRITE_TIMEOUT_MS / 1000} s (other writes to the same facts, or ` +
            "a slow database) and was rolled back: nothing was written; try again",
        },
      ]);
    }
    throw error;
  }
}

/** Records the write in the audit log, inside its transaction: the entry commits with the change, or neither. */
export async function audit(
  tx: ManagedTransaction,
  actor: Viewer,
  entry: { action: string; targets: string[]; summary: string },
): Promise<void> {
  await appendAudit(tx, { actor: actor.name, role: actor.role, ...entry });
}
