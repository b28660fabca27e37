import { Neo4jError } from "neo4j-driver";
import {
  ApiError,
  ConflictError,
  DatabaseUnavailableError,
  fieldsOf,
  ServiceOverloadedError,
  TimeoutError,
} from "../errors/api-errors";

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);
const UNAVAILABLE_PREFIXES = [
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
];
const UNAVAILABLE_MESSAGE = "The graph database is not reachable right now; try again shortly.";

/**
 * A transaction that waited on a lock, deadlocked or was stopped while it waited: another writer
 * holds what it needs. Neo4j 5 reports a lock wait ended by the transaction timeout as the client
 * error LockClientStopped (so the driver does not retry it); Database.write retries these itself.
 */
const LOCK_CODES = [
  "Neo.TransientError.Transaction.DeadlockDetected",
  "Neo.TransientError.Transaction.LockClientStopped",
  "Neo.ClientError.Transaction.LockClientStopped",
  "Neo.TransientError.Transaction.LockAcquisitionTimeout",
  "Neo.TransientError.Transaction.Terminated",
  "Neo.ClientError.Transaction.Terminated",
];

const TIMED_OUT_CODES = ["TransactionTimedOut", "TransactionTimedOutClientConfiguration"];

function isUnavailable(error: Neo4jError): boolean {
  return UNAVAILABLE_CODES.has(error.code) || UNAVAILABLE_PREFIXES.some((p) => error.code.startsWith(p));
}

export function isLockConflict(error: unknown): boolean {
  return error instanceof Neo4jError && LOCK_CODES.includes(error.code);
}

/**
 * Neo4j's memory for running transactions (dbms.memory.transaction.total.max) is full: too much
 * concurrent work, not a query too large (that is the per-transaction limit, a client error).
 */
const MEMORY_POOL_FULL = "Neo.TransientError.General.MemoryPoolOutOfMemoryError";

/** The JVM of Neo4j is short of heap: load, like the memory pool above (a real OOM also panics it: below). */
const HEAP_FULL = "Neo.TransientError.General.OutOfMemoryError";

/**
 * The store cannot do what was asked, whatever the request: no client input causes these.
 * - Read-only: `WriteOnReadOnlyAccessDatabase` is Neo4j 5's answer to a write on a read-only
 *   database, which is also what Neo4j makes of a database whose disk is full (its "out of disk
 *   space" reaction); `ForbiddenOnReadOnlyDatabase` the same from a read-only server or replica.
 * - Broken: after a critical error while writing (no space left for the transaction log, an I/O
 *   error) Neo4j "panics": every transaction then fails with `TransactionStartFailed` ("The database
 *   has encountered a critical error, and needs to be restarted") until Neo4j is restarted; the
 *   write that hit it fails with `TransactionCommitFailed` or `TransactionLogError`.
 * Any other `Neo.DatabaseError` whose message names a storage fault counts too.
 */
const READ_ONLY_CODES = [
  "Neo.ClientError.General.WriteOnReadOnlyAccessDatabase",
  "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
];
const STORE_FAILED_CODES = [
  "Neo.DatabaseError.Transaction.TransactionStartFailed",
  "Neo.DatabaseError.Transaction.TransactionCommitFailed",
  "Neo.DatabaseError.Transaction.TransactionLogError",
  "Neo.DatabaseError.General.StorageDamageDetected",
];
const STORE_FAULT_TEXT =
  /no space left on device|needs to be restarted|unable to allocate enough disk space|read-only file system|input\/output error|unable to write transaction to log/i;
const READ_ONLY_MESSAGE =
  "The graph database is read-only right now (its disk may be full); changes are refused until it takes writes again.";
const STORE_FAILED_MESSAGE =
  "The graph database cannot read or write its store right now (a full disk or a storage fault); try again later.";

function storeFault(error: Neo4jError): DatabaseUnavailableError | undefined {
  if (READ_ONLY_CODES.includes(error.code)) return new DatabaseUnavailableError(READ_ONLY_MESSAGE);
  const failed =
    STORE_FAILED_CODES.includes(error.code) ||
    (error.code.startsWith("Neo.DatabaseError.") && STORE_FAULT_TEXT.test(error.message));
  return failed ? new DatabaseUnavailableError(STORE_FAILED_MESSAGE) : undefined;
}

/** The driver could not hand out a pooled connection in time: every connection is busy. */
function isPoolExhausted(error: unknown): boolean {
  return error instanceof Neo4jError && /Connection acquisition timed out/i.test(error.message);
}

/**
 * The one place where driver errors become API errors:
 * - Neo4j unreachable, its store read-only (a full disk) or failed (a panic after a storage
 *   fault, until Neo4j restarts): DATABASE_UNAVAILABLE;
 * - no pooled connection free in time, or Neo4j's memory for transactions or heap full: SERVICE_OVERLOADED
 *   (503, Retry-After);
 * - a lock wait, deadlock or a transaction stopped by its timeout: TIMEOUT. Every query the API
 *   runs is bounded by hops and limits (the document checks refuse shapes that are too big before
 *   they run), so a timeout says the database was busy or blocked, not that the query was too large;
 * - a write that broke a uniqueness constraint (a name taken by a concurrent writer) or touched a
 *   node deleted meanwhile: CONFLICT.
 * Anything else is passed on, named after the query that failed (`query`, for the log), and masked
 * by the server's error formatter.
 */
export function toApiError(error: unknown, query: string): unknown {
  if (error instanceof ApiError) return error;
  if (error instanceof Neo4jError) {
    if (isUnavailable(error)) return new DatabaseUnavailableError(UNAVAILABLE_MESSAGE);
    if (isPoolExhausted(error))
      return new ServiceOverloadedError("Every database connection is busy; try again shortly.");
    const fault = storeFault(error);
    if (fault) return fault;
    if (error.code === MEMORY_POOL_FULL || error.code === HEAP_FULL)
      return new ServiceOverloadedError(
        "The graph database is short of memory for queries right now; try again shortly.",
      );
    if (isLockConflict(error) || TIMED_OUT_CODES.some((code) => error.code.includes(code))) {
      return new TimeoutError(
        "The database did not finish in time (it is busy, or another change held what this one needed); try again.",
      );
    }
    if (error.code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
      const field = /nameKey/.test(error.message) ? "input.name" : "input.id";
      const message =
        field === "input.name"
          ? "That name is already used by another entity; names are unique."
          : "That id was taken by a concurrent change; try again.";
      return new ConflictError(message, fieldsOf(field, message));
    }
    if (error.code === "Neo.ClientError.Statement.EntityNotFound") {
      return new ConflictError("Something this change needed was deleted at the same moment; try again.");
    }
  }
  const code = (error as { code?: unknown })?.code;
  if (code === "ECONNREFUSED" || code === "ECONNRESET") return new DatabaseUnavailableError(UNAVAILABLE_MESSAGE);
  if (error instanceof Error) Object.assign(error, { query });
  return error;
}
