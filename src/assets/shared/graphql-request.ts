/** A GraphQL error as the API reports it: the message is safe to show, the code says what went wrong. */
class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

interface Response<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Longer GET URLs are sent as POST: proxies and CDNs commonly refuse URLs past 2 to 8 KB. */
const MAX_GET_URL = 2000;

/**
 * Runs one read operation: as GET, so the browser and any CDN can cache it (the API answers with
 * Cache-Control and an ETag), or as POST when its URL would be too long. Throws
 * GraphQLRequestError with the first error's message and code.
 */
export async function graphqlRequest<T>(
  endpoint: string,
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T> {
  const url = new URL(endpoint, location.href);
  url.searchParams.set("query", query);
  url.searchParams.set("variables", JSON.stringify(variables));
  const response =
    url.href.length <= MAX_GET_URL
      ? await fetch(url.href, { method: "GET", headers: { accept: "application/json" }, signal })
      : await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({ query, variables }),
          signal,
        });
  let body: Response<T>;
  try {
    body = (await response.json()) as Response<T>;
  } catch {
    throw new GraphQLRequestError(`The server answered ${response.status} without a GraphQL result.`);
  }
  const error = body.errors?.[0];
  if (error) throw new GraphQLRequestError(error.message, error.extensions?.code);
  if (!body.data) throw new GraphQLRequestError(`The server answered ${response.status} without data.`);
  return body.data;
}
