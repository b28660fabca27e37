import { graphql, startTestServer, TestServer } from "../support/test-server";

describe("graph root fields over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());

  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await graphql(server.url, query, variables);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    return response.data;
  };
  const code = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await graphql(server.url, query, variables);
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(response.errors)).not.toMatch(/\.ts:\d+|\.js:\d+|stacktrace/);
    return response.errors![0].extensions?.code;
  };

  it("ailments / causes / therapies / contraindications page with cursors", async () => {
    const first = await ok(
      `{ ailments(first: 2) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.ailments.edges).toHaveLength(2);
    const next = await ok(
      `query($after: String) { ailments(first: 2, after: $after) { edges { node { id } } pageInfo { hasPreviousPage } } }`,
      {
        after: first.ailments.pageInfo.endCursor,
      },
    );
    expect(next.ailments.pageInfo.hasPreviousPage).toBe(true);
    expect(next.ailments.edges[0].node.id).not.toBe(first.ailments.edges[1].node.id);
    const others = await ok(
      `{ causes { totalCount } therapies { totalCount } contraindications(severity: ABSOLUTE) { edges { node { severity } } } }`,
    );
    expect(others.causes.totalCount).toBeGreaterThan(0);
    expect(others.therapies.totalCount).toBeGreaterThan(0);
    expect(others.contraindications.edges.every((e: any) => e.node.severity === "ABSOLUTE")).toBe(true);
  });

  it("search finds muscle spasm for cramp and charley horse, and survives hostile text", async () => {
    for (const text of ["cramp", "charley horse"]) {
      const data = await ok(`query($text: String!) { search(text: $text) { score entity { id } } }`, { text });
      expect(data.search[0].entity.id).toBe("muscle-spasm");
    }
    for (const text of ['" AND (', "*~\\", "x".repeat(10_000), "💆💆💆", "name:(x OR"]) {
      const data = await ok(`query($text: String!) { search(text: $text, first: 3) { entity { id } } }`, { text });
      expect(Array.isArray(data.search)).toBe(true);
    }
  });

  it("relatedAilments, causeTreatmentPaths, shortestPath and neighbourhood answer", async () => {
    const data = await ok(`{
      relatedAilments(id: "muscle-spasm") { ailment { id } score reasons }
      causeTreatmentPaths(from: "muscle-spasm", to: "relaxation-massage") { nodes { id } length explanation relationships { type sources { id } } }
      shortestPath(from: "muscle-spasm", to: "relaxation-massage") { length nodes { id } }
      neighbourhood(id: "muscle-spasm") { truncated nodes { id } relationships { from to type } }
    }`);
    expect(
      data.relatedAilments.find((r: any) => r.ailment.id === "myofascial-trigger-points").reasons.join(" "),
    ).toMatch(/often confused/i);
    expect(data.causeTreatmentPaths.map((p: any) => p.nodes.map((n: any) => n.id).join(">"))).toContain(
      "muscle-spasm>stress>relaxation-massage",
    );
    expect(data.shortestPath.length).toBeLessThanOrEqual(2);
    const ids = data.neighbourhood.nodes.map((n: any) => n.id);
    expect(data.neighbourhood.relationships.every((r: any) => ids.includes(r.from) && ids.includes(r.to))).toBe(true);
  });

  it("BAD_USER_INPUT for bad arguments, naming them", async () => {
    expect(await code(`{ ailments(first: 0) { totalCount } }`)).toBe("BAD_USER_INPUT");
    // Just above the page cap (100); a first of 100,000 is refused earlier, as QUERY_TOO_COMPLEX.
    expect(await code(`{ ailments(first: 101) { totalCount } }`)).toBe("BAD_USER_INPUT");
    expect(await code(`{ therapies(after: "garbage!") { totalCount } }`)).toBe("BAD_USER_INPUT");
    expect(await code(`{ search(text: "   ") { score } }`)).toBe("BAD_USER_INPUT");
    expect(await code(`{ causeTreatmentPaths(from: "muscle-spasm", maxHops: 7) { length } }`)).toBe("BAD_USER_INPUT");
    expect(await code(`{ shortestPath(from: "stress", to: "migraine", maxHops: 11) { length } }`)).toBe(
      "BAD_USER_INPUT",
    );
    expect(await code(`{ neighbourhood(id: "stress", depth: 4) { truncated } }`)).toBe("BAD_USER_INPUT");
    expect(await code(`{ neighbourhood(id: "stress", relationTypes: [NOPE]) { truncated } }`)).toBe(
      "GRAPHQL_VALIDATION_FAILED",
    );
    expect(await code(`{ relatedAilments(id: "relaxation-massage") { score } }`)).toBe("BAD_USER_INPUT");
    const named = await graphql(
      server.url,
      `
        {
          ailments(first: -1) {
            totalCount
          }
        }
      `,
    );
    expect(named.errors?.[0].extensions?.fields).toEqual([
      { field: "first", messages: [expect.stringContaining("first must be")] },
    ]);
  });

  it("NOT_FOUND for unknown ids", async () => {
    expect(await code(`{ relatedAilments(id: "no-such-ailment") { score } }`)).toBe("NOT_FOUND");
    expect(await code(`{ causeTreatmentPaths(from: "no-such-ailment") { length } }`)).toBe("NOT_FOUND");
    expect(await code(`{ shortestPath(from: "stress", to: "no-such-entity") { length } }`)).toBe("NOT_FOUND");
    expect(await code(`{ neighbourhood(id: "no-such-entity") { truncated } }`)).toBe("NOT_FOUND");
  });

  it("QUERY_TOO_COMPLEX for a huge nested query, before it runs", async () => {
    const before = server.db.transactionCount;
    const huge = `{ ailments(first: 100) { edges { node { causes { cause { ailments { ailment { causes { cause { therapies { therapy { name } } } } } } } } } } } }`;
    expect(await code(huge)).toBe("QUERY_TOO_COMPLEX");
    expect(server.db.transactionCount).toBe(before);
  });
});

describe("unexpected failures are masked", () => {
  let server: TestServer;
  const brokenId = "e2e-traversal-broken-node";
  beforeAll(async () => {
    server = await startTestServer();
    // A node with no kind label breaks the row mapping: an unexpected error, not a user's mistake.
    await server.db.writeStatement("test.broken", "MERGE (n:Entity {id: $id}) SET n.name = 'Broken'", { id: brokenId });
  });
  afterAll(async () => {
    await server.db.writeStatement("test.unbroken", "MATCH (n:Entity {id: $id}) DETACH DELETE n", { id: brokenId });
    await server.close();
  });

  it("as INTERNAL_SERVER_ERROR with a generic message", async () => {
    const response = await graphql(
      server.url,
      `
        query ($id: ID!) {
          neighbourhood(id: $id) {
            nodes {
              id
            }
          }
        }
      `,
      { id: brokenId },
    );
    expect(response.errors?.[0].extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(response.errors?.[0].message).toBe("Internal server error");
  });
});
