import type { Database } from "../../db/database";
import { LinkDirection } from "./link-direction.enum";
import { computeDegrees, readStoredDegrees, scanDegrees, type DegreeRow } from "./degree-store";

/** Largest and 99th-percentile number of relationships on one entity. */
export interface Degree {
  max: number;
  p99: number;
}

/**
 * Degrees by `${type}:${direction}`, with type "*" for any type; "*:ENTITIES" holds the number of
 * entities (as both max and p99).
 */
export type DegreeTable = ReadonlyMap<string, Degree>;

const keyOf = (type: string, direction: string) => `${type}:${direction}`;

/**
 * How many items a link list of `types` seen in `direction` can hold: the hub's degree (summed
 * over the types, but never more than the degree over any type), never more than `cap`, the
 * per-list limit. Without statistics (not read yet, database down) it is the cap itself.
 */
export function fanOut(
  table: DegreeTable | undefined,
  types: readonly string[],
  direction: LinkDirection,
  cap: number,
): number {
  const degree = degreeOver(table, types, direction);
  return degree ? Math.min(cap, degree.max) : cap;
}

/**
 * The degree of an entity over `types` seen in `direction`: the largest and the 99th percentile,
 * each summed over the types but never more than over any type. Without statistics: undefined.
 */
export function degreeOver(
  table: DegreeTable | undefined,
  types: readonly string[],
  direction: LinkDirection,
): Degree | undefined {
  if (!table) return undefined;
  const anyType = table.get(keyOf("*", direction));
  const sum = (pick: (d: Degree) => number) =>
    types.reduce((total, type) => total + pick(table.get(keyOf(type, direction)) ?? { max: 0, p99: 0 }), 0);
  return {
    max: Math.min(
      sum((d) => d.max),
      anyType?.max ?? 0,
    ),
    p99: Math.min(
      sum((d) => d.p99),
      anyType?.p99 ?? 0,
    ),
  };
}

/** How many entities the graph holds (read with the degrees); undefined without statistics. */
export function entityCount(table: DegreeTable | undefined): number | undefined {
  return table?.get(keyOf("*", "ENTITIES"))?.max;
}

/**
 * Degree statistics of the live graph, for the cost model, once per graph version across processes:
 * stored in Neo4j beside the graph version (degree-store.ts). Every `checkMs` (and after a write this
 * process made) a background check reads the graph version; only when it changed are the statistics
 * read from the store, or, when none are stored for that version, computed and stored by one process
 * (the others wait on its lock and read them). The first call waits for the first check, later ones
 * never wait. A failed check keeps the previous table. `version` changes with every new table, so
 * costs computed with an older one are not reused.
 */
export class DegreeStats {
  private table: DegreeTable | undefined;
  /** The graph version `table` is of. */
  private graphVersion: string | null = null;
  private checkedAt = 0;
  private pending: Promise<void> | undefined;
  version = 0;
  /** How often this process scanned the graph, and how often it read a table from the store. */
  readonly counts = { scans: 0, loads: 0 };

  constructor(
    private readonly db: Database,
    private readonly checkMs: number,
  ) {}

  /** The current table; the first call waits for the first check, later ones never wait. */
  async current(): Promise<DegreeTable | undefined> {
    if (this.table === undefined && this.checkedAt === 0) {
      await this.refresh();
    } else if (Date.now() - this.checkedAt > this.checkMs) {
      void this.refresh();
    }
    return this.table;
  }

  /** After a write: the next request checks the graph version again. */
  invalidate(): void {
    this.checkedAt = 0;
  }

  refresh(): Promise<void> {
    this.pending ??= this.check().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async check(): Promise<void> {
    try {
      const stored = await readStoredDegrees(this.db, this.table ? this.graphVersion : null);
      if (stored.rows === null) return;
      if (stored.rows !== undefined) {
        this.counts.loads += 1;
        this.adopt(stored.version, stored.rows);
      } else {
        const computed = await computeDegrees(this.db).catch(async () => {
          // The store cannot be written (a read-only database): this process reads them for itself.
          return { version: stored.version, rows: await scanDegrees(this.db), scanned: true };
        });
        if (computed.scanned) this.counts.scans += 1;
        else this.counts.loads += 1;
        this.adopt(computed.version, computed.rows);
      }
    } catch {
      // Keep the previous table (or none: every list then costs its cap); check again after checkMs.
    } finally {
      this.checkedAt = Date.now();
    }
  }

  private adopt(graphVersion: string, rows: DegreeRow[]): void {
    this.table = new Map(rows.map((row) => [keyOf(row.type, row.direction), { max: row.max, p99: row.p99 }]));
    this.graphVersion = graphVersion;
    this.version += 1;
  }
}
