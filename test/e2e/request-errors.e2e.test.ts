import { graphql, startTestServer, TestServer } from "../support/test-server";

/*
 * Requests refused before they run answer in the GraphQL error shape with a code (issue 26):
 * subscriptions, and Fastify's own refusals of a body (too large, unknown media type, bad JSON).
 */
describe("requests refused before they run", () => {
  let server: TestServer;
  const logLines: string[] = [];
  beforeAll(
    async () =>
      (server = await startTestServer({ LOG_LEVEL: "info" }, { logStream: { write: (line) => logLines.push(line) } })),
  );
  afterAll(async () => server.close());

  const post = async (body: string, contentType = "application/json") => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": contentType },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("refuses a subscription with 400 and a code, and logs no error", async () => {
    logLines.length = 0;
    for (const query of ["subscription { __typename }", 'subscription S { search(text: "x") { score } }']) {
      const answer = await graphql(server.url, query);
      expect(answer.status).toBe(400);
      expect(answer.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(answer.errors?.[0].message).toMatch(/Subscriptions are not supported/);
    }
    expect(logLines.filter((line) => JSON.parse(line).level >= 50)).toEqual([]);
    expect(logLines.join("")).not.toMatch(/stack/);
  });

  it.each([
    [
      "a body over the size limit",
      413,
      () => post(JSON.stringify({ query: `{ __typename }`, pad: "x".repeat(1_100_000) })),
    ],
    ["an unsupported media type", 415, () => post("<query/>", "application/xml")],
    ["JSON that does not parse", 400, () => post('{"query": ')],
    ["an empty JSON body", 400, () => post("")],
  ])("answers %s with %d in the GraphQL error shape", async (_what, status, send) => {
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: "BAD_REQUEST" } }],
    });
  });

  it("keeps Fastify's own bodies on other routes", async () => {
    const response = await fetch(`${server.url}/healthz`, { method: "POST", body: "{" });
    expect(response.status).toBe(404);
  });
});

describe("the per-client rate limit (RATE_LIMIT_PER_MINUTE)", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ RATE_LIMIT_PER_MINUTE: "3" })));
  afterAll(async () => server.close());

  it("answers 429 RATE_LIMITED with Retry-After past the limit, by POST and GET, while /healthz still answers", async () => {
    for (let i = 0; i < 3; i++) expect((await graphql(server.url, "{ __typename }")).status).toBe(200);
    // A spoofed X-Forwarded-For does not make another client (Fastify does not trust proxies here).
    const refused = await graphql(server.url, "{ __typename }", {}, { "x-forwarded-for": "203.0.113.9" });
    expect(refused).toEqual({
      status: 429,
      errors: [
        {
          message: expect.stringMatching(/^Too many requests: at most 3 a minute/),
          extensions: { code: "RATE_LIMITED" },
        },
      ],
    });
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(get.status).toBe(429);
    expect(Number(get.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(get.headers.get("cache-control")).toBe("no-store");
    expect(((await get.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      "RATE_LIMITED",
    );
    for (let i = 0; i < 5; i++) expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe("the /graphql guards are scoped to /graphql (server/pipeline.ts)", () => {
  let server: TestServer;
  beforeAll(
    async () =>
      (server = await startTestServer({
        TRUSTED_DOCUMENTS: "builtin",
        MAX_QUERY_LENGTH: "100",
        RATE_LIMIT_PER_MINUTE: "2",
      })),
  );
  afterAll(async () => server.close());
  const longQuery = `{ __typename }${" ".repeat(200)}`;

  it("runs them in their declared order: query size before trusted documents", async () => {
    const answer = await graphql(server.url, longQuery);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    const unlisted = await graphql(server.url, "{ __typename }");
    expect(unlisted.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_NOT_IN_LIST");
  });

  it("leaves health, metrics and other routes to themselves, whatever they are sent", async () => {
    const query = `?query=${encodeURIComponent(longQuery)}`;
    for (let i = 0; i < 5; i++) {
      expect((await fetch(`${server.url}/healthz${query}`)).status).toBe(200);
      expect((await fetch(`${server.url}/readyz${query}`)).status).toBe(200);
      expect((await fetch(`${server.url}/metrics${query}`)).status).toBe(404);
    }
    // A method /graphql does not serve is Fastify's plain 404, not a guard's refusal.
    const put = await fetch(`${server.url}/graphql${query}`, { method: "PUT" });
    expect(put.status).toBe(404);
    expect(await put.json()).toMatchObject({ statusCode: 404, error: "Not Found" });
  });
});
