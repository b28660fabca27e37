import { Neo4jError } from "neo4j-driver";
import { ApiError, DatabaseUnavailableError, QueryTooComplexError } from "../errors/api-errors";

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);
const UNAVAILABLE_PREFIXES = ["Neo.TransientError.General.DatabaseUnavailable", "Neo.ClientError.Database.DatabaseNotFound"];

function isUnavailable(error: Neo4jError): boolean {
  return UNAVAILABLE_CODES.has(error.code) || UNAVAILABLE_PREFIXES.some((p) => error.code.startsWith(p));
}

/**
 * The one place where driver errors become API errors. Connection trouble is reported as
 * DATABASE_UNAVAILABLE; a transaction stopped by its timeout as QUERY_TOO_COMPLEX; anything
 * else is passed on, named after the query that failed (`query`, for the log), and masked by the
 * server's error formatter.
 */
export function toApiError(error: unknown, query: string): unknown {
  if (error instanceof ApiError) return error;
  if (error instanceof Neo4jError) {
    if (isUnavailable(error)) {
      return new DatabaseUnavailableError("The graph database is not reachable right now; try again shortly.");
    }
    if (error.code.includes("TransactionTimedOut") || error.code.includes("Transaction.TransactionTimedOutClientConfiguration")) {
      return new QueryTooComplexError("The query took too long and was stopped; narrow it (fewer hops, a smaller page).");
    }
  }
  const code = (error as { code?: unknown })?.code;
  if (code === "ECONNREFUSED" || code === "ECONNRESET") {
    return new DatabaseUnavailableError("The graph database is not reachable right now; try again shortly.");
  }
  if (error instanceof Error) Object.assign(error, { query });
  return error;
}
