import type { Database, Row, Tx } from "../../db/database";

/** One row of graph/degree-stats: a type ("*" for any) and direction, the largest degree and the 99th percentile. */
export type DegreeRow = {
  type: string;
  direction: string;
  max: number;
  p99: number;
};

type StoredRow = {
  version: string;
  fresh: boolean;
  keys: string[] | null;
  max: number[] | null;
  p99: number[] | null;
};

const toRows = (row: StoredRow): DegreeRow[] =>
  (row.keys ?? []).map((key, i) => {
    const [type, direction] = key.split(":");
    return { type, direction, max: row.max![i], p99: row.p99![i] };
  });

async function readStored(run: (name: string, params: Row) => Promise<StoredRow[]>, known: string | null) {
  const [row] = await run("graph/degree-stats-stored", { known: known ?? "" });
  return row;
}

/**
 * The graph's current version (graph/degree-stats-stored says what it is made of) and its statistics when
 * they are stored (another process, or this one, computed them): `rows` null when `known` is already that
 * version (nothing to read), undefined when none are stored for it (computeDegrees must run).
 */
export async function readStoredDegrees(
  db: Database,
  known: string | null,
): Promise<{ version: string; rows: DegreeRow[] | null | undefined }> {
  const row = await readStored((name, params) => db.readRows<StoredRow>(name, params), known);
  if (!row.fresh) return { version: row.version, rows: undefined };
  return { version: row.version, rows: row.version === known ? null : toRows(row) };
}

/** Reads the statistics in this process only, storing nothing: when the store cannot be written (read-only). */
export async function scanDegrees(db: Database): Promise<DegreeRow[]> {
  return db.readRows<DegreeRow>("graph/degree-stats");
}

/**
 * Computes the statistics of the current graph version and stores them, in one write transaction that
 * first locks the stored statistics and checks their version: of N processes that find them stale at
 * once, one scans the graph, and the others wait on the lock, then read what it stored. `scanned` says
 * whether this call scanned.
 */
export async function computeDegrees(db: Database): Promise<{ version: string; rows: DegreeRow[]; scanned: boolean }> {
  return db.write("graph/degree-stats", async (tx: Tx) => {
    await tx.run("graph/degree-stats-lock");
    const row = await readStored((name, params) => tx.rows<StoredRow>(name, params), null);
    if (row.fresh) return { version: row.version, rows: toRows(row), scanned: false };
    const rows = await tx.rows<DegreeRow>("graph/degree-stats");
    await tx.run("graph/degree-stats-store", {
      version: row.version,
      keys: rows.map((r) => `${r.type}:${r.direction}`),
      max: rows.map((r) => r.max),
      p99: rows.map((r) => r.p99),
    });
    return { version: row.version, rows, scanned: true };
  });
}
