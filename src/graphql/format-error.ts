import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, GraphQLFormattedError } from "graphql";
import { ApiError, BadRequestError, errorJson, InternalServerError, QueryTooComplexError } from "../errors/api-errors";
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

/** The parser's refusal of a document with more tokens than parseOptions.maxTokens allows. */
// (graphql-js 16 spells it "more that N tokens".)
const TOO_MANY_TOKENS = /Document contains more tha[nt] (\d+) tokens/;
/** graphql-js's "Did you mean ...?" hints, which spell out the schema to whoever guesses. */
const SUGGESTION = /\s*Did you mean .*$/s;

export interface FormatErrorOptions {
  /** A client's mistake Apollo itself refused (a bad persisted-query request...): logged below error level. */
  logClientError: (error: unknown) => void;
  fieldSuggestions: boolean;
}

/** Our own error, thrown by a resolver or reported by a validation rule (which Apollo wraps). */
function apiErrorOf(original: unknown): ApiError | undefined {
  if (original instanceof ApiError) return original;
  if (original instanceof GraphQLError && original.originalError instanceof ApiError) return original.originalError;
  return undefined;
}

/** Apollo's refusals of a malformed request (a persisted-query hash mismatch, version 2) carry status 400 but no code. */
function isApolloClientError(error: unknown): boolean {
  const http = error instanceof GraphQLError ? (error.extensions?.http as { status?: number } | undefined) : undefined;
  return typeof http?.status === "number" && http.status >= 400 && http.status < 500;
}

/**
 * True for an error the API did not expect: formatError masks it as INTERNAL_SERVER_ERROR and
 * error-log-plugin.ts logs it, with the request's id.
 */
export function isUnexpectedError(formattedCode: unknown, error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (apiErrorOf(original) || isApolloClientError(original)) return false;
  return !(typeof formattedCode === "string" && REQUEST_ERROR_CODES.has(formattedCode));
}

/**
 * Known errors pass through with their code (Apollo's own BAD_USER_INPUT, a variable that does not
 * coerce, gets the same `fields` as ours); Apollo's refusals of malformed requests keep (or get) a
 * client code and are logged below error level; anything else becomes a generic
 * INTERNAL_SERVER_ERROR (the original is logged by error-log-plugin.ts, never sent).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: FormatErrorOptions,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const api = apiErrorOf(original);
  if (api) return errorJson(api, { locations: formatted.locations, path: formatted.path });
  const code = formatted.extensions?.code;
  if (code === "GRAPHQL_PARSE_FAILED" && TOO_MANY_TOKENS.test(formatted.message)) {
    const limit = Number(TOO_MANY_TOKENS.exec(formatted.message)?.[1]);
    return errorJson(
      new QueryTooComplexError(`The query has more than ${limit} tokens; the limit is ${limit}.`, { maxTokens: limit }),
    );
  }
  if (typeof code === "string" && REQUEST_ERROR_CODES.has(code)) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    if (code === "BAD_USER_INPUT" && !Array.isArray(extensions.fields))
      extensions.fields = variableProblems(formatted.message);
    const message = options.fieldSuggestions ? formatted.message : formatted.message.replace(SUGGESTION, "");
    return { ...formatted, message, extensions };
  }
  if (isApolloClientError(original)) {
    options.logClientError(original);
    return errorJson(new BadRequestError(formatted.message));
  }
  return errorJson(new InternalServerError("Internal server error"), { path: formatted.path });
}
