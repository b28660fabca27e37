import type { Driver } from "neo4j-driver";

/** The Bolt connection pool, summed over the servers it holds connections to. */
export interface PoolStats {
  /** Connections lent to a session right now. */
  inUse: number;
  /** Open connections waiting in the pool. */
  idle: number;
  /** Sessions waiting for a connection (the pool is full). */
  waiting: number;
}

type Pool = {
  _activeResourceCounts?: Record<string, number>;
  _pools?: Record<string, { length?: number }>;
  _acquireRequests?: Record<string, unknown[]>;
};

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/**
 * neo4j-driver 6 publishes no pool statistics, so these read its pool's own fields
 * (neo4j-driver-core internal/pool/pool.js). Undefined when a driver release no longer has them
 * (a test fails then), and all zero before the first query, while the pool does not exist yet.
 */
export function readPoolStats(driver: Driver): PoolStats | undefined {
  const provider = (driver as unknown as { _connectionProvider?: { _connectionPool?: Pool } | null })
    ._connectionProvider;
  if (provider === null || provider === undefined) return { inUse: 0, idle: 0, waiting: 0 };
  const pool = provider._connectionPool;
  if (!pool?._activeResourceCounts || !pool._pools || !pool._acquireRequests) return undefined;
  return {
    inUse: sum(Object.values(pool._activeResourceCounts)),
    idle: sum(Object.values(pool._pools).map((single) => single.length ?? 0)),
    waiting: sum(Object.values(pool._acquireRequests).map((requests) => requests.length)),
  };
}
