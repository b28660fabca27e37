import type { Database } from "../../db/database";
import { LinkDirection } from "./link-direction.enum";

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

type DegreeRow = {
  type: string;
  direction: string;
  max: number;
  p99: number;
};

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
 * Degree statistics of the live graph, for the cost model. Read at start, reused for `ttlMs`,
 * and read again (in the background, so no request waits) when stale or after a write. A failed
 * read keeps the previous table. `version` changes with every new table, so costs computed with
 * an older one are not reused.
 */
export class DegreeStats {
  private table: DegreeTable | undefined;
  private readAt = 0;
  private pending: Promise<void> | undefined;
  version = 0;

  constructor(
    private readonly db: Database,
    private readonly ttlMs: number,
  ) {}

  /** The current table; the first call waits for the first read, later ones never wait. */
  async current(): Promise<DegreeTable | undefined> {
    if (this.table === undefined && this.readAt === 0) {
      await this.refresh();
    } else if (Date.now() - this.readAt > this.ttlMs) {
      void this.refresh();
    }
    return this.table;
  }

  /** After a write: the next request reads fresh statistics. */
  invalidate(): void {
    this.readAt = 0;
  }

  refresh(): Promise<void> {
    this.pending ??= this.read().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async read(): Promise<void> {
    try {
      const rows = await this.db.readRows<DegreeRow>("graph/degree-stats");
      this.table = new Map(rows.map((row) => [keyOf(row.type, row.direction), { max: row.max, p99: row.p99 }]));
      this.version += 1;
    } catch {
      // Keep the previous table (or none: every list then costs its cap); try again after the TTL.
    }
    this.readAt = Date.now();
  }
}
