import type { Database } from "./database";
import { takeMigrationLease } from "./migration-lock";

/**
 * The lease's own logic against a stand-in for the Database (the queries' behaviour against a real
 * Neo4j, two replicas at once, is test/integration/migrations.test.ts).
 */
function databaseAnswering(acquireRows: Array<Array<{ acquired: boolean }>>): Database {
  const tx = {
    run: async () => [],
    rows: async () => acquireRows.shift() ?? [{ acquired: true }],
  };
  return {
    writeRows: async () => [],
    readRows: async () => [{ exists: true }],
    write: async (_label: string, work: (t: typeof tx) => Promise<unknown>) => work(tx),
  } as unknown as Database;
}

describe("takeMigrationLease", () => {
  it("waits and tries again when the lock node vanished between its touch and its read", async () => {
    // Seen in a bench run: three API processes started together; one released the lease (deleting
    // the node) while another's touch waited on it, whose read then found no node and crashed startup.
    const waits: string[] = [];
    const lease = await takeMigrationLease(databaseAnswering([[], [{ acquired: false }]]), (l) => waits.push(l));
    expect(waits).toEqual([expect.stringContaining("waiting")]);
    await expect(lease.renew()).resolves.toBeUndefined();
  });

  it("says the lease was lost when renewing finds no lock node", async () => {
    const db = databaseAnswering([[{ acquired: true }], []]);
    const lease = await takeMigrationLease(db);
    await expect(lease.renew()).rejects.toThrow(/lease was lost/);
  });
});
