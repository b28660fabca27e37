import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { ApiError } from "../errors/api-errors";

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

interface ValidationProblem {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationProblem[];
}

function flatten(problems: ValidationProblem[], prefix = ""): { field: string; messages: string[] }[] {
  return problems.flatMap((p) => {
    const field = prefix ? `${prefix}.${p.property}` : p.property;
    const own = p.constraints ? [{ field, messages: Object.values(p.constraints) }] : [];
    return [...own, ...flatten(p.children ?? [], field)];
  });
}

/**
 * Known errors pass through with their code; class-validator failures name each field; anything
 * else becomes a generic INTERNAL_SERVER_ERROR (the original is logged, never sent).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    const fields = flatten(original.extensions.validationErrors as ValidationProblem[]);
    const message = "Invalid input: " + fields.map((f) => `${f.field}: ${f.messages.join("; ")}`).join(" | ");
    return { message, locations: formatted.locations, path: formatted.path, extensions: { code: "BAD_USER_INPUT", fields } };
  }
  if (original instanceof ApiError) {
    // `http` only tells Apollo the status code; it is not part of the error clients see.
    const { http: _status, ...extensions } = original.extensions;
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && REQUEST_ERROR_CODES.has(code)) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logUnexpected(original);
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
