/**
 * One question of the workload as each server is asked it. The API, its managed-transaction
 * variant and the plain Apollo server share one GraphQL schema, so they get the same text; the bare
 * server gets the same question as a JSON body for POST /op/<operation>; @neo4j/graphql gets its own
 * text, and a normaliser turns its answer into the API's shape before answers are compared.
 */
export type ServerLabel =
  | "api"
  | "api-managed"
  | "api-no-look-ahead"
  | "floor"
  | "bare"
  | "apollo"
  | "neo4j-graphql"
  | "neo4j-graphql-connection";

/** Processes the bench starts; a label is a process asked one way (the peer answers lists two ways). */
export type ProcessName = "api" | "api-managed" | "api-no-look-ahead" | "floor" | "bare" | "apollo" | "neo4j-graphql";

export const PROCESS_OF: Record<ServerLabel, ProcessName> = {
  api: "api",
  "api-managed": "api-managed",
  "api-no-look-ahead": "api-no-look-ahead",
  floor: "floor",
  bare: "bare",
  apollo: "apollo",
  "neo4j-graphql": "neo4j-graphql",
  "neo4j-graphql-connection": "neo4j-graphql",
};

export interface HttpRequest {
  method: "POST" | "GET";
  path: string;
  /** POST only. */
  body?: string;
  /** Beside the harness's own (content-type and accept: application/json): e.g. If-None-Match. */
  headers?: Record<string, string>;
}

export interface Case {
  /** What the case asks, for the report (e.g. "ailment muscle-spasm-g99"). */
  label: string;
  asks: Partial<Record<ServerLabel, HttpRequest>>;
  /** What the operation's view needs to read the peer's answer (the shape asked, the page offset). */
  meta?: Record<string, unknown>;
}

export function graphqlRequest(query: string, variables: Record<string, unknown> = {}): HttpRequest {
  return { method: "POST", path: "/graphql", body: JSON.stringify({ query, variables }) };
}

export function bareRequest(operation: string, params: Record<string, unknown>): HttpRequest {
  return { method: "POST", path: `/op/${operation}`, body: JSON.stringify(params) };
}

/** A GraphQL read over GET (the API's cacheable form), with `headers` (If-None-Match). */
export function graphqlGet(
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): HttpRequest {
  const search = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  return { method: "GET", path: `/graphql?${search.toString()}`, headers };
}

/** The floor's (or bare server's) question over GET: /op/<operation>?params=<JSON>. */
export function opGet(
  operation: string,
  params: Record<string, unknown>,
  headers: Record<string, string> = {},
): HttpRequest {
  return {
    method: "GET",
    path: `/op/${operation}?${new URLSearchParams({ params: JSON.stringify(params) }).toString()}`,
    headers,
  };
}

/** A 304 answer has no body: under load that empty body is the success the conditional GET expects. */
export function notModified(body: string): boolean {
  return body === "";
}

/** The same GraphQL text for the three servers built on the API's schema. */
export function onApiSchema(request: HttpRequest): Partial<Record<ServerLabel, HttpRequest>> {
  return { api: request, "api-managed": request, apollo: request };
}

/** A success under load: JSON with `data` and no `errors` (answers are compared before load, in full). */
export function answered(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
    return parsed.errors === undefined && parsed.data !== null && typeof parsed.data === "object";
  } catch {
    return false;
  }
}
