import { GraphQLError } from "graphql";

/** The codes clients may rely on (see the API contract). */
export type ApiErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "QUERY_TOO_COMPLEX"
  | "DATABASE_UNAVAILABLE"
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
