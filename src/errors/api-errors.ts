import { GraphQLError } from "graphql";

/**
 * The codes clients may rely on: every `extensions.code` the API itself sends (Apollo's and
 * graphql-js's own codes aside). README's error table lists exactly these (a unit test checks it).
 */
export const API_ERROR_CODES = [
  "BAD_REQUEST",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "QUERY_TOO_COMPLEX",
  "DATABASE_UNAVAILABLE",
  "TIMEOUT",
  "SERVICE_OVERLOADED",
  "RATE_LIMITED",
  "PERSISTED_QUERY_NOT_IN_LIST",
  "CONFLICT",
  "CLIENT_CLOSED_REQUEST",
  "INTERNAL_SERVER_ERROR",
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/**
 * One input a client got wrong and why: `field` is its path as the client wrote it, an argument
 * (`first`), a path into an input argument (`input.note`) or a variable (`$id`, `$input.evidence`).
 */
export interface FieldProblem {
  field: string;
  messages: string[];
}

export abstract class ApiError extends GraphQLError {
  abstract readonly code: ApiErrorCode;
}

/** One entry of a response's `errors`, as clients read it. */
export interface ErrorJson {
  message: string;
  locations?: readonly { line: number; column: number }[];
  path?: readonly (string | number)[];
  extensions: Record<string, unknown>;
}

/**
 * An ApiError as clients read it: its message and its extensions (code included, in the order
 * the error was built), without `http`, which only says what status and headers to send.
 */
export function errorJson(error: ApiError, where: Pick<ErrorJson, "locations" | "path"> = {}): ErrorJson {
  const { http: _status, ...extensions } = error.extensions;
  return { message: error.message, ...where, extensions };
}

/** The status and headers an ApiError asks for (`extensions.http`, as Apollo reads it). */
export function httpOf(error: ApiError): { status?: number; headers?: ReadonlyMap<string, string> } {
  return error.extensions.http ?? {};
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

/** `extensions.fields` for an error about one input whose message says it all. */
export function fieldsOf(field: string, message: string): { fields: FieldProblem[] } {
  return { fields: [{ field, messages: [message] }] };
}

/**
 * Invalid input. Every BAD_USER_INPUT the API sends is built here, so clients read one shape:
 * `extensions.fields: [{ field, messages }]`, naming each input that is wrong.
 */
export class BadUserInputError extends ApiError {
  readonly code = "BAD_USER_INPUT";

  constructor(message: string, fields: readonly FieldProblem[], extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code: "BAD_USER_INPUT", fields } });
    this.name = "BadUserInputError";
  }

  /** One input is wrong, and the message says how. */
  static of(field: string, message: string, extensions: Record<string, unknown> = {}): BadUserInputError {
    return new BadUserInputError(message, fieldsOf(field, message).fields, extensions);
  }
}

/** The HTTP request itself is malformed (bad JSON, too large, wrong media type); `status` is its HTTP status. */
export class BadRequestError extends ApiError {
  readonly code = "BAD_REQUEST";

  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message, { extensions: { code: "BAD_REQUEST" } });
    this.name = "BadRequestError";
  }
}

export class NotFoundError extends apiError("NOT_FOUND", "NotFoundError") {}
export class UnauthenticatedError extends apiError("UNAUTHENTICATED", "UnauthenticatedError") {}
export class ForbiddenError extends apiError("FORBIDDEN", "ForbiddenError") {}
export class QueryTooComplexError extends apiError("QUERY_TOO_COMPLEX", "QueryTooComplexError") {}
export class DatabaseUnavailableError extends apiError("DATABASE_UNAVAILABLE", "DatabaseUnavailableError") {}
export class ConflictError extends apiError("CONFLICT", "ConflictError") {}
/** The database did not finish in time for a reason other than the query's shape (a lock wait, a restart). */
export class TimeoutError extends apiError("TIMEOUT", "TimeoutError") {}
/** Trusted-documents mode is on and the document is not listed (server/trusted-documents.ts). */
export class PersistedQueryNotInListError extends apiError(
  "PERSISTED_QUERY_NOT_IN_LIST",
  "PersistedQueryNotInListError",
) {}

/**
 * The client closed its connection before the answer was ready, so its database work was stopped
 * (db/database.ts). Nobody reads this error; it keeps a cancelled request out of the error log.
 */
export class RequestCancelledError extends apiError("CLIENT_CLOSED_REQUEST", "RequestCancelledError") {}

/** Too many requests from one client (RATE_LIMIT_PER_MINUTE): HTTP 429; Retry-After is set by the rate limiter. */
export class RateLimitedError extends apiError("RATE_LIMITED", "RateLimitedError") {
  constructor(message: string) {
    super(message, { http: { status: 429 } });
  }
}

/** What clients get instead of an error the API did not expect (graphql/format-error.ts); never built from input. */
export class InternalServerError extends apiError("INTERNAL_SERVER_ERROR", "InternalServerError") {}

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
