import { codeOf, doublingFragments, fanOut, metric, METRICS_TOKEN, whileUnderAttack } from "../support/abuse";
import { graphql, startTestServer, TestServer } from "../support/test-server";

/*
 * Attacks by the shape of the document, as an anonymous stranger would send them: each is refused
 * with QUERY_TOO_COMPLEX, without the work (counted in database calls and items produced), while
 * /healthz and an innocent query still answer. Time bounds are generous (CI shares 2 cores); the
 * tight figures are in soak/results.
 */
const ENV = { METRICS_TOKEN, DEGREE_STATS_TTL_MS: "3600000" };

describe("document attacks are refused before the work", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(ENV);
    // Reads the degree statistics once, so later counts of database calls are the attacks' own.
    const warm = await graphql(
      server.url,
      `
        {
          entity(id: "stress") {
            id
          }
        }
      `,
    );
    expect(warm.errors).toBeUndefined();
  });
  afterAll(async () => server.close());

  const refusedBeforeRunning = async (query: string, variables: Record<string, unknown> = {}) => {
    const calls = server.db.transactionCount;
    const { result, health, innocent } = await whileUnderAttack(server.url, () =>
      graphql(server.url, query, variables),
    );
    expect(codeOf(result)).toBe("QUERY_TOO_COMPLEX");
    expect(result.status).toBe(400);
    expect(result.data ?? null).toBeNull();
    expect(health).toBe(200);
    expect(innocent.errors).toBeUndefined();
    expect(innocent.data).toEqual({ entity: { id: "muscle-spasm", name: "Muscle spasm" } });
    // Only the innocent query reached the database.
    expect(server.db.transactionCount - calls).toBeLessThanOrEqual(1);
    return result;
  };

  it.each([3, 4, 5, 8])(
    "a %i-level relations fan-out from a hub is priced by the hub's degree and refused",
    async (levels) => {
      const result = await refusedBeforeRunning(fanOut(levels));
      expect(result.errors?.[0].message).toMatch(
        levels <= 5 ? /estimated cost is \d+; the limit is 50000/ : /nested \d+ levels deep/,
      );
    },
  );

  it("the same fan-out through typed link fields and fragments is refused too", async () => {
    await refusedBeforeRunning(`{ therapy(id: "relaxation-massage") { ...T } }
      fragment T on Therapy { contraindications { contraindication { therapies { therapy { contraindications { contraindication { therapies { therapy { id } } } } } } } } }`);
  });

  it("a document of fragments that each spread the next twice (F0..F30) is refused in linear time", async () => {
    const started = Date.now();
    await refusedBeforeRunning(doublingFragments(30, "graphStats { entities }"));
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it.each([
    ["aliases inside the doubled fragments", doublingFragments(30, "a: graphStats { entities }")],
    ["depth inside the doubled fragments", doublingFragments(30, fanOut(12).slice(2, -2))],
    ["directives inside the doubled fragments", doublingFragments(30, "graphStats @include(if: true) { entities }")],
    [
      "doubled inline fragments",
      doublingFragments(
        30,
        "graphStats { entities }",
        (next) => `... on Query { ...${next} } ... on Query { ...${next} }`,
      ),
    ],
  ])("variants of the doubling fragments: %s", async (_name, query) => {
    await refusedBeforeRunning(query);
  });

  it("300 aliases of recommendTherapies are refused, none of them run", async () => {
    const aliases = Array.from(
      { length: 300 },
      (_, i) => `r${i}: recommendTherapies(ailments: ["muscle-spasm"]) { disclaimer }`,
    ).join(" ");
    const result = await refusedBeforeRunning(`{ ${aliases} }`);
    expect(result.errors?.[0].message).toMatch(/300 aliases; the limit is 30/);
  });

  it("aliases are priced by their database work: 300 recommendations are refused by cost even with the alias limit raised", async () => {
    const lenient = await startTestServer({ ...ENV, MAX_QUERY_ALIASES: "1000" });
    try {
      const aliases = Array.from(
        { length: 300 },
        (_, i) => `r${i}: recommendTherapies(ailments: ["muscle-spasm"]) { disclaimer }`,
      ).join(" ");
      const calls = lenient.db.transactionCount;
      const result = await graphql(lenient.url, `{ ${aliases} }`);
      expect(codeOf(result)).toBe("QUERY_TOO_COMPLEX");
      expect(result.errors?.[0].message).toMatch(/estimated cost is \d+; the limit is 50000/);
      expect(lenient.db.transactionCount).toBe(calls);
    } finally {
      await lenient.close();
    }
  });

  it("too many directives, too many tokens and a too long query text are refused", async () => {
    await refusedBeforeRunning(
      `{ graphStats { ${Array.from({ length: 60 }, () => "entities @include(if: true)").join(" ")} } }`,
    );
    const tokens = await refusedBeforeRunning(
      `{ graphStats { ${Array.from({ length: 6_000 }, () => "entities").join(" ")} } }`,
    );
    expect(tokens.errors?.[0].message).toMatch(/more than 5000 tokens/);
    const long = await refusedBeforeRunning(`{ graphStats { entities } } # ${"x".repeat(120_000)}`);
    expect(long.errors?.[0].message).toMatch(/the limit is 100000/);
  });

  it("an operation that is not too deep or costly still runs", async () => {
    const fine = await graphql(server.url, fanOut(2));
    expect(fine.errors).toBeUndefined();
    expect(fine.data.entity.relations.length).toBeGreaterThan(20);
  });

  it("counts refusals on /metrics by stage", async () => {
    // One refusal at each stage of its own, so the counts do not depend on which tests ran before.
    expect(codeOf(await graphql(server.url, fanOut(8)))).toBe("QUERY_TOO_COMPLEX");
    expect(codeOf(await graphql(server.url, fanOut(4)))).toBe("QUERY_TOO_COMPLEX");
    expect(await metric(server.url, "graphql_refused_total", 'stage="validation"')).toBeGreaterThan(0);
    expect(await metric(server.url, "graphql_refused_total", 'stage="estimate"')).toBeGreaterThan(0);
  });
});

describe("a fan-out the estimate lets through is cut while it runs", () => {
  let server: TestServer;
  // The cost limit is out of the way; only the result budget stands.
  beforeAll(
    async () =>
      (server = await startTestServer({ ...ENV, MAX_QUERY_COMPLEXITY: "1000000000000", MAX_RESULT_ITEMS: "2000" })),
  );
  afterAll(async () => server.close());

  it("stops at the item ceiling with one QUERY_TOO_COMPLEX error (status 200) and reads no more than the ceiling", async () => {
    const itemsBefore = await metric(server.url, "graphql_result_items_sum");
    const calls = server.db.transactionCount;
    const { result, health, innocent } = await whileUnderAttack(server.url, () => graphql(server.url, fanOut(5)));
    expect(result.status).toBe(200);
    expect(result.errors).toHaveLength(1);
    expect(codeOf(result)).toBe("QUERY_TOO_COMPLEX");
    expect(result.errors?.[0].message).toMatch(/past 2000 items/);
    expect(result.data).toBeNull();
    expect(health).toBe(200);
    expect(innocent.errors).toBeUndefined();
    // One query per level reached, never the 5 levels' 10^8 items: the database LIMIT stops at the ceiling.
    expect(server.db.transactionCount - calls).toBeLessThanOrEqual(6);
    const produced = (await metric(server.url, "graphql_result_items_sum")) - itemsBefore;
    // The ceiling, plus at most the one list that crossed it.
    expect(produced).toBeLessThan(2_000 + 100);
  });

  it("stops on bytes too", async () => {
    const small = await startTestServer({ ...ENV, MAX_QUERY_COMPLEXITY: "1000000000000", MAX_RESULT_BYTES: "20000" });
    try {
      const result = await graphql(
        small.url,
        `
          {
            a: ailments(first: 100) {
              edges {
                node {
                  summary
                }
              }
            }
            c: causes(first: 100) {
              edges {
                node {
                  summary
                }
              }
            }
          }
        `,
      );
      expect(result.status).toBe(200);
      expect(codeOf(result)).toBe("QUERY_TOO_COMPLEX");
      expect(result.errors?.[0].message).toMatch(/past 20000 bytes/);
    } finally {
      await small.close();
    }
  });
});

describe("Apollo's own client errors and the schema's secrecy", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ ...ENV, GRAPHQL_FIELD_SUGGESTIONS: "false" })));
  afterAll(async () => server.close());

  const post = (body: unknown) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).then(async (r) => ({
      status: r.status,
      ...((await r.json()) as { errors?: { message: string; extensions?: { code?: string } }[] }),
    }));

  it.each([
    [
      "a persisted-query hash that does not match",
      {
        query: "{ graphStats { entities } }",
        extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
      },
      "BAD_REQUEST",
    ],
    [
      "persisted-query version 2",
      {
        query: "{ graphStats { entities } }",
        extensions: { persistedQuery: { version: 2, sha256Hash: "0".repeat(64) } },
      },
      "BAD_REQUEST",
    ],
    [
      "an unknown persisted query",
      { extensions: { persistedQuery: { version: 1, sha256Hash: "1".repeat(64) } } },
      "PERSISTED_QUERY_NOT_FOUND",
    ],
    ["a body without a query", { variables: {} }, "BAD_REQUEST"],
  ])("%s keeps a client code, never INTERNAL_SERVER_ERROR", async (_name, body, code) => {
    const response = await post(body);
    expect(response.errors?.[0].extensions?.code).toBe(code);
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(500);
  });

  it("does not suggest field names when suggestions are off", async () => {
    const response = await graphql(
      server.url,
      `
        {
          graphStats {
            entitis
          }
        }
      `,
    );
    expect(codeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});
