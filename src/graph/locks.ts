import type { ManagedTransaction } from "neo4j-driver";

/**
 * Takes the write lock of each key (an id, a normalised name) for the rest of the transaction: a second
 * transaction asking for one of the keys waits until the first commits or rolls back, and then reads what
 * the first wrote. Keys are locked in sorted order, so two writes never wait for each other in a circle.
 * A key's lock is a `WriteLock` node, created on first use and kept (a uniqueness constraint makes
 * concurrent creations of one key wait for each other, like its later updates do).
 */
export async function lockKeys(tx: ManagedTransaction, keys: readonly string[]): Promise<void> {
  await tx.run(
    `UNWIND $keys AS key
     MERGE (lock:WriteLock {key: key})
     SET lock.writes = coalesce(lock.writes, 0) + 1`,
    { keys: [...new Set(keys)].sort() },
  );
}
