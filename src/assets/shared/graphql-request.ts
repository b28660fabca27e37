/** A GraphQL error as the API reports it: the message is safe to show, the code says what went wrong. */
export class GraphQLRequestError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

interface Response<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs one operation; throws GraphQLRequestError with the first error's message and code. */
export async function graphqlRequest<T>(endpoint: string, query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const response = await fetch(endpoint, {
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
