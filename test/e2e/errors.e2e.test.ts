import { graphql, startTestServer, TestServer } from "../support/test-server";

describe("errors clients can act on", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());

  const noStack = (body: unknown) => expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.ts:\d+|\.js:\d+/);

  it("a missing required variable is BAD_USER_INPUT with status 400, not a server error", async () => {
    const response = await graphql(server.url, "query Q($id: ID!) { entity(id: $id) { id } }");
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toContain("$id");
    noStack(response);
  });

  it("a variable of the wrong type is BAD_USER_INPUT", async () => {
    const response = await graphql(server.url, "query Q($n: Int) { ailments(first: $n) { totalCount } }", { n: "ten" });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    noStack(response);
  });

  it("a syntax error is GRAPHQL_PARSE_FAILED and an unknown field GRAPHQL_VALIDATION_FAILED", async () => {
    const parse = await graphql(server.url, "{ entity(id: ");
    expect(parse.status).toBe(400);
    expect(parse.errors?.[0].extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    const validation = await graphql(server.url, "{ nope }");
    expect(validation.status).toBe(400);
    expect(validation.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    noStack(parse);
    noStack(validation);
  });

  it("a query nested too deep is QUERY_TOO_COMPLEX with status 400", async () => {
    const deep =
      '{ ailment(id: "muscle-spasm") { causes { cause { therapies { therapy { treats { entity { relations { entity { relations { entity { relations { entity { id } } } } } } } } } } } } } }';
    const response = await graphql(server.url, deep);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(response.errors?.[0].extensions).not.toHaveProperty("http");
  });
});
