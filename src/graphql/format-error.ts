import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { ApiError } from "../errors/api-errors";
import { variableProblems } from "../errors/variable-problems";

/** Codes Apollo and graphql-js attach to problems in the request itself; safe to show as they are. */
const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** True for an error the API did not expect: it is masked for the client and logged (see error-log-plugin.ts). */
export function isUnexpectedError(formattedCode: unknown, error: unknown): boolean {
  if (unwrapResolverError(error) instanceof ApiError) return false;
  return !(typeof formattedCode === "string" && REQUEST_ERROR_CODES.has(formattedCode));
}

/**
 * Known errors pass through with their code; Apollo's own BAD_USER_INPUT (a variable that does not
 * coerce) gets the same `fields` as ours; anything else becomes a generic INTERNAL_SERVER_ERROR.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ApiError) {
    // `http` only tells Apollo the status code; it is not part of the error clients see.
    const { http: _status, ...extensions } = original.extensions;
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const code = formatted.extensions?.code;
  if (!isUnexpectedError(code, error)) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    if (code === "BAD_USER_INPUT" && !Array.isArray(extensions.fields)) extensions.fields = variableProblems(formatted.message);
    return { ...formatted, extensions };
  }
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
