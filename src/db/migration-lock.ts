import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Database } from "./database";

/** How long a lease lasts without renewal: a holder that died frees the lock after this. */
const LEASE_SECONDS = 300;
const POLL_MS = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Creates the lock's uniqueness constraint. Another process creating it at the same moment may
 * make this attempt fail (an equivalent rule exists, or a schema lock conflict): fine once the
 * constraint exists, tried again a few times while it does not yet.
 */
async function ensureLockConstraint(db: Database): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.writeRows("migrations/lock-constraint");
      return;
    } catch (error) {
      const [row] = await db.readRows<{ exists: boolean }>("migrations/lock-constraint-exists");
      if (row?.exists) return;
      if (attempt >= 5) throw error;
      await sleep(POLL_MS * attempt);
    }
  }
}

/** One attempt at the lease, in one write transaction; true when this holder has it now. */
async function tryLease(db: Database, holder: string): Promise<boolean> {
  return db.write("migrations.lock", async (tx) => {
    await tx.run("migrations/lock-touch");
    const [row] = await tx.rows<{ acquired: boolean }>("migrations/lock-acquire", {
      holder,
      leaseSeconds: LEASE_SECONDS,
    });
    // No row: the node went between the touch and this read (its holder gave the lease up and the
    // touch had waited on that deletion): free now, but not taken in this attempt; the next one is.
    return row?.acquired === true;
  });
}

export interface MigrationLease {
  /** Extends the lease (between long steps). */
  renew(): Promise<void>;
  release(): Promise<void>;
}

/**
 * Schema migrations run under a lock in Neo4j, so API replicas starting together on one database
 * take turns: a lease on one (:SchemaMigrationLock) node, taken in a write transaction after that
 * node's write lock (so two processes cannot both see it free), renewed between migration steps,
 * and given up (the node deleted) when done. A holder that dies frees it when its lease ends.
 * Waits for as long as another holder keeps its lease; `onWait` is told once.
 */
export async function takeMigrationLease(
  db: Database,
  onWait: (line: string) => void = () => {},
): Promise<MigrationLease> {
  await ensureLockConstraint(db);
  const holder = `${hostname()}:${process.pid}:${randomBytes(6).toString("hex")}`;
  let told = false;
  while (!(await tryLease(db, holder))) {
    if (!told) onWait("Another process is applying the schema migrations; waiting for it to finish...");
    told = true;
    await sleep(POLL_MS * (0.5 + Math.random()));
  }
  return {
    async renew() {
      if (!(await tryLease(db, holder)))
        throw new Error("The schema migration lease was lost (it expired and another process took it).");
    },
    async release() {
      await db.writeRows("migrations/lock-release", { holder });
    },
  };
}
