import neo4j, { Driver, ManagedTransaction, RecordShape } from "neo4j-driver";
import { cypher } from "./cypher-files";
import { databaseSpan } from "../observability/tracing";
import { toApiError } from "./driver-errors";
import { retryTransient } from "./read-retry";
import { withoutCallerStack } from "./without-caller-stack";

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
}

export type Row = Record<string, unknown>;
type Work<T> = (tx: ManagedTransaction) => Promise<T>;
/** Batch jobs (seed load, export) may allow themselves more than the API's per-query timeout. */
export interface TransactionOptions {
  timeoutMs?: number;
}

/** How long transient failures (a cluster member gone, a leader switch) are retried. */
const MAX_RETRY_MS = 2_000;

/**
 * Owns the driver and every session: the database is always named, reads run in read
 * transactions (routed to readers on a cluster) and writes in write transactions, each with a
 * timeout and metadata naming the query, and sessions are closed in `finally`.
 */
export class Database {
  /** Transactions started since boot; tests use it to prove nested queries are batched. */
  transactionCount = 0;

  private constructor(private readonly driver: Driver, readonly name: string, private readonly timeoutMs: number) {}

  static connect(options: DatabaseOptions): Database {
    const auth = options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      // Fail fast when Neo4j is down, so clients see DATABASE_UNAVAILABLE within seconds.
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: MAX_RETRY_MS,
      maxConnectionPoolSize: 50,
      userAgent: "massage-knowledge-graph",
    });
    return new Database(driver, options.database, options.queryTimeoutMs);
  }

  async read<T>(label: string, work: Work<T>, options: TransactionOptions = {}): Promise<T> {
    return this.execute("READ", label, work, options);
  }

  async write<T>(label: string, work: Work<T>, options: TransactionOptions = {}): Promise<T> {
    return this.execute("WRITE", label, work, options);
  }

  /**
   * Runs the named file of cypher/queries as one read and returns plain rows. One statement needs
   * no explicit transaction: an auto-commit transaction in READ mode is routed like a managed read,
   * but costs one round trip (RUN, PULL) instead of two (BEGIN, RUN, PULL, then COMMIT), and about
   * half the CPU on both sides. Transient failures are retried as a managed read's would be.
   */
  async readRows<T extends Row = Row>(queryName: string, params: Row = {}): Promise<T[]> {
    const query = cypher(queryName);
    const config = this.transactionConfig(queryName);
    this.transactionCount += 1;
    try {
      const run = () =>
        retryTransient(async () => {
          const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
          try {
            const result = await withoutCallerStack(() => session.run<RecordShape>(query, params, config));
            return result.records.map((record) => record.toObject() as T);
          } finally {
            await session.close().catch(() => undefined);
          }
        }, MAX_RETRY_MS);
      return await databaseSpan(queryName, "READ", this.name, run);
    } catch (error) {
      throw toApiError(error, queryName);
    }
  }

  async writeRows<T extends Row = Row>(queryName: string, params: Row = {}): Promise<T[]> {
    return this.write(queryName, async (tx) => {
      const result = await tx.run<RecordShape>(cypher(queryName), params);
      return result.records.map((record) => record.toObject() as T);
    });
  }

  /** True when Neo4j answers a trivial query within the timeout. */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run("RETURN 1"), { timeout: timeoutMs, metadata: { app: "massage-graph", query: "ping" } });
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private transactionConfig(label: string, options: TransactionOptions = {}) {
    return { timeout: options.timeoutMs ?? this.timeoutMs, metadata: { app: "massage-graph", query: label } };
  }

  private async execute<T>(mode: "READ" | "WRITE", label: string, work: Work<T>, options: TransactionOptions): Promise<T> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = this.transactionConfig(label, options);
    this.transactionCount += 1;
    try {
      const run = () => (mode === "READ" ? session.executeRead(work, config) : session.executeWrite(work, config));
      return await databaseSpan(label, mode, this.name, run);
    } catch (error) {
      throw toApiError(error, label);
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}
