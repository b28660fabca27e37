import { GraphQLError } from "graphql";

/** The codes clients may rely on (see the API contract). */
export type ApiErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "QUERY_TOO_COMPLEX"
  | "DATABASE_UNAVAILABLE"
  | "TIMEOUT"
  | "SERVICE_OVERLOADED"
  | "CONFLICT"
  | "INTERNAL_SERVER_ERROR";

export abstract class ApiError extends GraphQLError {
  abstract readonly code: ApiErrorCode;
}

function apiError(code: ApiErrorCode, name: string) {
  return class extends ApiError {
    readonly code = code;
    constructor(message: string, extensions: Record<string, unknown> = {}) {
      super(message, { extensions: { ...extensions, code } });
      this.name = name;
    }
  };
}

export class BadUserInputError extends apiError("BAD_USER_INPUT", "BadUserInputError") {}
export class NotFoundError extends apiError("NOT_FOUND", "NotFoundError") {}
export class UnauthenticatedError extends apiError("UNAUTHENTICATED", "UnauthenticatedError") {}
export class ForbiddenError extends apiError("FORBIDDEN", "ForbiddenError") {}
export class QueryTooComplexError extends apiError("QUERY_TOO_COMPLEX", "QueryTooComplexError") {}
export class DatabaseUnavailableError extends apiError("DATABASE_UNAVAILABLE", "DatabaseUnavailableError") {}
export class ConflictError extends apiError("CONFLICT", "ConflictError") {}
/** The database did not finish in time for a reason other than the query's shape (a lock wait, a restart). */
export class TimeoutError extends apiError("TIMEOUT", "TimeoutError") {}

/** Seconds a client shed by admission control (or by an exhausted connection pool) should wait. */
export const RETRY_AFTER_SECONDS = 1;

/**
 * Too much load right now: the request was shed (admission control) or could not get a database
 * connection in time. HTTP 503 with Retry-After, so clients and proxies back off.
 */
export class ServiceOverloadedError extends apiError("SERVICE_OVERLOADED", "ServiceOverloadedError") {
  constructor(message = "The server is busy; try again shortly.", extensions: Record<string, unknown> = {}) {
    super(message, {
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      ...extensions,
      http: { status: 503, headers: new Map([["retry-after", String(RETRY_AFTER_SECONDS)]]) },
    });
  }
}
