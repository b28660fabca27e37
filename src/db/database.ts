import neo4j, { Driver, ManagedTransaction, RecordShape } from "neo4j-driver";
import { cypher } from "./cypher-files";
import { toApiError } from "./driver-errors";

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
      maxTransactionRetryTime: 2_000,
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

  /** Runs the named file of cypher/queries in a read transaction and returns plain rows. */
  async readRows<T extends Row = Row>(queryName: string, params: Row = {}): Promise<T[]> {
    return this.read(queryName, async (tx) => {
      const result = await tx.run<RecordShape>(cypher(queryName), params);
      return result.records.map((record) => record.toObject() as T);
    });
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

  private async execute<T>(mode: "READ" | "WRITE", label: string, work: Work<T>, options: TransactionOptions): Promise<T> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: options.timeoutMs ?? this.timeoutMs, metadata: { app: "massage-graph", query: label } };
    this.transactionCount += 1;
    try {
      return mode === "READ" ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw toApiError(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}
