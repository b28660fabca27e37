import { hostname } from "node:os";
import neo4j, { Driver, ManagedTransaction, RecordShape, Session } from "neo4j-driver";
import { RequestCancelledError } from "../errors/api-errors";
import { queryCatalog, type QueryText } from "./cypher-files";
import { queryTx, statementRows, type Row, type Tx } from "./query-tx";
import { databaseSpan } from "../observability/tracing";
import { isLockConflict, toApiError } from "./driver-errors";
import { retryTransient, RETRY_DELAYS_MS } from "./read-retry";
import { readPoolStats, type PoolStats } from "./pool-stats";
import { Semaphore } from "./semaphore";
import { withoutCallerStack } from "./without-caller-stack";

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  /** Pooled Bolt connections for the whole process. */
  maxPoolSize?: number;
  /** How long a query may wait for a pooled connection before SERVICE_OVERLOADED. */
  acquisitionTimeoutMs?: number;
  /** How readRows runs its one statement (see readRows); auto-commit unless set. */
  readTransactions?: "auto-commit" | "managed";
  /**
   * Named queries kept outside cypher/queries, by name prefix (see queryCatalog): the benchmark's
   * own queries run through the same handle without joining the product's.
   */
  queryFolders?: Record<string, string>;
}

/** What every view of one driver shares besides the driver. */
interface Setup {
  /** NEO4J_READ_TRANSACTIONS=managed (see readRows). */
  managedReads: boolean;
  /** Finds a named query's text: cypher/queries, plus DatabaseOptions.queryFolders. */
  queryText: QueryText;
}

export type { Row, Tx } from "./query-tx";
type Work<T> = (tx: Tx) => Promise<T>;
type DriverWork<T> = (tx: ManagedTransaction) => Promise<T>;
/** Batch jobs (seed load, export) may allow themselves more than the API's per-query timeout. */
export interface TransactionOptions {
  timeoutMs?: number;
}

/** How long transient failures (a cluster member gone, a leader switch) are retried. */
const MAX_RETRY_MS = 2_000;
/** How long a write that lost a lock race (deadlock, lock wait stopped) is tried again. */
const MAX_WRITE_RETRY_MS = 5_000;
/**
 * Write transactions one process runs at once. Every write ends by replacing the graph version
 * (one node), so writers are serialised by Neo4j's locks anyway; waiting here instead of on a lock
 * keeps the wait out of the transaction's timeout. Fifty parallel upserts of one id, with no gate,
 * queued on locks inside Neo4j and the last ones timed out on a busy 2-core machine.
 */
const WRITE_CONCURRENCY = 2;

/**
 * Which API process started a transaction, in its metadata beside the query's name: several API
 * instances (or test servers) share one Neo4j, and `SHOW TRANSACTIONS` should tell their work apart.
 */
export const INSTANCE = `${hostname()}:${process.pid}`;
const METADATA = { app: "massage-graph", instance: INSTANCE };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Owns the driver and every session: the database is always named, reads run in read
 * transactions (routed to readers on a cluster) and writes in write transactions, each with a
 * timeout and metadata naming the query, and sessions are closed in `finally`.
 */
export class Database {
  /**
   * Transactions started since boot (counted when a call leaves the request's gate); tests use it to
   * prove nested queries are batched, and that a cancelled request's waiting calls never start.
   */
  transactionCount = 0;

  private constructor(
    private readonly driver: Driver,
    readonly name: string,
    private readonly timeoutMs: number,
    private readonly setup: Setup,
    private readonly view: {
      /** Caps the concurrent database calls of a request's view (`forRequest`). */
      gate?: Semaphore;
      /** The database whose `transactionCount` a request's calls are added to. */
      parent?: Database;
      /** Runs before every call of a request's view; throws to stop the request's database work (its result budget is spent). */
      beforeCall?: () => void;
      /** Aborted when the request's client has gone: its calls stop and their sessions are closed. */
      signal?: AbortSignal;
      /** Only the Database that `connect` made closes the driver. */
      ownsDriver?: boolean;
      /** Shared by every view of one driver: see WRITE_CONCURRENCY. */
      writeGate: Semaphore;
    },
  ) {}

  static connect(options: DatabaseOptions): Database {
    const auth = options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      // Fail fast when Neo4j is down, so clients see DATABASE_UNAVAILABLE within seconds.
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 5_000,
      maxTransactionRetryTime: MAX_RETRY_MS,
      maxConnectionPoolSize: options.maxPoolSize ?? 50,
      userAgent: "massage-knowledge-graph",
    });
    const setup = {
      managedReads: options.readTransactions === "managed",
      queryText: queryCatalog(options.queryFolders),
    };
    return new Database(driver, options.database, options.queryTimeoutMs, setup, {
      ownsDriver: true,
      writeGate: new Semaphore(WRITE_CONCURRENCY),
    });
  }

  /**
   * The view one request uses: the same driver, but at most `maxConcurrent` of its database calls
   * run at once, so 300 aliases queue behind each other instead of holding the whole pool while
   * other clients wait. Its `transactionCount` counts that request's calls alone.
   */
  forRequest({
    maxConcurrent,
    beforeCall,
    signal,
  }: {
    maxConcurrent: number;
    beforeCall?: () => void;
    signal?: AbortSignal;
  }): Database {
    const gate = new Semaphore(maxConcurrent);
    return new Database(this.driver, this.name, this.timeoutMs, this.setup, {
      gate,
      parent: this,
      beforeCall,
      signal,
      writeGate: this.view.writeGate,
    });
  }

  /**
   * A view for the server's own background reads (degree statistics): the same driver, but its
   * calls are not added to `transactionCount`, which counts what requests cost.
   */
  forBackground(): Database {
    return new Database(this.driver, this.name, this.timeoutMs, this.setup, {
      writeGate: this.view.writeGate,
    });
  }

  /** One read transaction; `work` runs named queries through its handle (retried whole on transient errors). */
  async read<T>(label: string, work: Work<T>, options: TransactionOptions = {}): Promise<T> {
    return this.execute("READ", label, (tx) => work(queryTx(tx, this.setup.queryText)), options);
  }

  /** One write transaction; retried whole on transient errors and lost lock races. */
  async write<T>(label: string, work: Work<T>, options: TransactionOptions = {}): Promise<T> {
    return this.execute("WRITE", label, (tx) => work(queryTx(tx, this.setup.queryText)), options);
  }

  /**
   * Fixed Cypher text that is not a named query: the schema migrations' statements (from
   * cypher/schema) and tests' probes. Never user text; product code uses named queries.
   */
  async readStatement<T extends Row = Row>(label: string, text: string, params: Row = {}): Promise<T[]> {
    return this.execute("READ", label, (tx) => statementRows<T>(tx, text, params), {});
  }

  async writeStatement<T extends Row = Row>(label: string, text: string, params: Row = {}): Promise<T[]> {
    return this.execute("WRITE", label, (tx) => statementRows<T>(tx, text, params), {});
  }

  /**
   * Runs the named file of cypher/queries as one read and returns plain rows. One statement needs
   * no explicit transaction: an auto-commit transaction in READ mode is routed like a managed read,
   * but costs one round trip (RUN, PULL) instead of two (BEGIN, RUN, PULL, then COMMIT), and about
   * half the CPU on both sides. Transient failures are retried as a managed read's would be.
   * With NEO4J_READ_TRANSACTIONS=managed it runs as a managed read instead (the benchmark prices
   * the difference); the answer is the same.
   */
  async readRows<T extends Row = Row>(queryName: string, params: Row = {}): Promise<T[]> {
    if (this.setup.managedReads) {
      return this.read(queryName, (tx) => tx.rows<T>(queryName, params));
    }
    const query = this.setup.queryText(queryName);
    const config = this.transactionConfig(queryName);
    this.throwIfCancelled();
    try {
      const run = () =>
        this.gated(() => {
          // Counted once the call may start: a call of a cancelled request that waited here never does.
          this.count();
          return retryTransient(async () => {
            this.throwIfCancelled();
            const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
            const detach = this.closeOnCancel(session);
            try {
              const result = await withoutCallerStack(() => session.run<RecordShape>(query, params, config));
              return result.records.map((record) => record.toObject() as T);
            } finally {
              detach();
              await session.close().catch(() => undefined);
            }
          }, MAX_RETRY_MS);
        });
      return await databaseSpan(queryName, "READ", this.name, run);
    } catch (error) {
      throw this.cancelledOr(toApiError(error, queryName));
    }
  }

  async writeRows<T extends Row = Row>(queryName: string, params: Row = {}): Promise<T[]> {
    return this.write(queryName, (tx) => tx.rows<T>(queryName, params));
  }

  /**
   * True when Neo4j answers a trivial query within the timeout. Auto-commit and never retried (a
   * managed read retries for MAX_RETRY_MS): a readiness probe must say "no" at once when Neo4j is down.
   */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run("RETURN 1", {}, { timeout: timeoutMs, metadata: { ...METADATA, query: "ping" } });
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** The driver's connection pool now (pool-stats.ts); undefined when the driver does not tell. */
  poolStats(): PoolStats | undefined {
    return readPoolStats(this.driver);
  }

  async close(): Promise<void> {
    if (this.view.ownsDriver) await this.driver.close();
  }

  private count(): void {
    this.throwIfCancelled();
    this.view.beforeCall?.();
    this.transactionCount += 1;
    if (this.view.parent) this.view.parent.transactionCount += 1;
  }

  private throwIfCancelled(): void {
    if (this.view.signal?.aborted) throw new RequestCancelledError("The client closed the request.");
  }

  /** Once the request is cancelled, whatever its calls failed with was that cancellation. */
  private cancelledOr(error: unknown): unknown {
    return this.view.signal?.aborted ? new RequestCancelledError("The client closed the request.") : error;
  }

  /**
   * Closes `session` as soon as the request is cancelled. The driver then resets the session's
   * connection (Bolt RESET), which makes Neo4j stop the running statement and roll back its
   * transaction, and the connection goes back to the pool. Returns the undo, for `finally`.
   */
  private closeOnCancel(session: Session): () => void {
    const signal = this.view.signal;
    if (!signal) return () => undefined;
    const close = () => void session.close().catch(() => undefined);
    signal.addEventListener("abort", close, { once: true });
    return () => signal.removeEventListener("abort", close);
  }

  private gated<T>(task: () => Promise<T>): Promise<T> {
    return this.view.gate ? this.view.gate.run(task) : task();
  }

  private transactionConfig(label: string, options: TransactionOptions = {}) {
    return { timeout: options.timeoutMs ?? this.timeoutMs, metadata: { ...METADATA, query: label } };
  }

  private async execute<T>(
    mode: "READ" | "WRITE",
    label: string,
    work: DriverWork<T>,
    options: TransactionOptions,
  ): Promise<T> {
    this.throwIfCancelled();
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = this.transactionConfig(label, options);
    // Listens for the cancel once the call leaves the gate: a request's waiting calls add no listener.
    let detach = () => undefined as void;
    try {
      const run = () =>
        this.gated(() => {
          this.count();
          detach = this.closeOnCancel(session);
          return mode === "READ"
            ? session.executeRead(work, config)
            : this.view.writeGate.run(() => this.writeRetryingLocks(session, work, config));
        });
      return await databaseSpan(label, mode, this.name, run);
    } catch (error) {
      throw this.cancelledOr(toApiError(error, label));
    } finally {
      detach();
      await session.close().catch(() => undefined);
    }
  }

  /**
   * executeWrite retries what the driver deems transient, but Neo4j 5 reports a lock wait that was
   * stopped (LockClientStopped) as a client error, so concurrent writers of one node failed. Those
   * are tried again here, with jittered waits, for a few seconds; then they become TIMEOUT.
   */
  private async writeRetryingLocks<T>(
    session: Session,
    work: DriverWork<T>,
    config: { timeout: number; metadata: Record<string, string> },
  ): Promise<T> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return await session.executeWrite(work, config);
      } catch (error) {
        const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] * (0.5 + Math.random());
        if (!isLockConflict(error) || Date.now() - started + delay > MAX_WRITE_RETRY_MS) throw error;
        await sleep(delay);
      }
    }
  }
}
