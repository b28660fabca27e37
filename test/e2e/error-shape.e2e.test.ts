import { graphql, startTestServer, TestServer } from "../support/test-server";

const KEY = "error-shape-test-key-0123456789";
const CURATOR = { authorization: `Bearer ${KEY}` };

/**
 * Every way an input can be wrong, from every layer that checks one (variable coercion, the cost
 * limits, class-validator on arguments and inputs, services, paging, search, traversals, curation),
 * and the field path each must name. All answer with the one shape: extensions.fields.
 */
const CASES: [string, string, Record<string, unknown>, string[], Record<string, string>?][] = [
  ["a missing variable", "query Q($id: ID!) { entity(id: $id) { id } }", {}, ["$id"]],
  ["a variable of the wrong type", "query Q($n: Int) { ailments(first: $n) { totalCount } }", { n: "ten" }, ["$n"]],
  [
    "an enum value an input variable does not have",
    "mutation M($input: LinkInput!) { link(input: $input) { id } }",
    { input: { from: "a", type: "CAUSED_BY", to: "b", note: "n", evidence: "E", sources: ["s"] } },
    ["$input.evidence"],
    CURATOR,
  ],
  ["a page size out of range", "{ ailments(first: 0) { totalCount } }", {}, ["first"]],
  ["a backward page size out of range", "{ therapies(last: 1000) { totalCount } }", {}, ["last"]],
  ["a cursor this API did not issue", '{ causes(after: "not a cursor!") { totalCount } }', {}, ["after"]],
  ["a before cursor this API did not issue", '{ causes(last: 2, before: "bm9wZQ") { totalCount } }', {}, ["before"]],
  ["first with last", "{ ailments(first: 2, last: 2) { totalCount } }", {}, ["first", "last"]],
  ["blank search text", '{ search(text: "   ") { score } }', {}, ["text"]],
  [
    "a hop count out of range",
    '{ causeTreatmentPaths(from: "muscle-spasm", maxHops: 99) { length } }',
    {},
    ["maxHops"],
  ],
  ["a depth out of range", '{ neighbourhood(id: "stress", depth: 9) { truncated } }', {}, ["depth"]],
  ["an id that is no slug", '{ entity(id: "Not A Slug!") { id } }', {}, ["id"]],
  ["a path end that is no slug", '{ shortestPath(from: "stress", to: "x y") { length } }', {}, ["to"]],
  ["an entity of the wrong kind", '{ relatedAilments(id: "relaxation-massage") { score } }', {}, ["id"]],
  ["a node id that cannot be one", '{ node(id: "!!") { id } }', {}, ["id"]],
  [
    "ailments that are not ailments",
    '{ recommendTherapies(ailments: ["relaxation-massage"]) { disclaimer } }',
    {},
    ["ailments"],
  ],
  [
    "too many ailments (class-validator on args)",
    `{ recommendTherapies(ailments: [${Array.from({ length: 11 }, (_, i) => `"a${i}"`).join(",")}]) { disclaimer } }`,
    {},
    ["ailments"],
  ],
  [
    "a recommendation count out of range",
    '{ recommendTherapies(ailments: ["muscle-spasm"], first: 0) { disclaimer } }',
    {},
    ["first"],
  ],
  [
    "invalid input fields (class-validator on an input)",
    'mutation { upsertAilment(input: { id: "Bad Id", name: "", summary: "s", alsoActsAs: [THERAPY] }) { id } }',
    {},
    ["input.id", "input.name", "input.alsoActsAs"],
    CURATOR,
  ],
  [
    "a second role only an ailment may play",
    'mutation { upsertCause(input: { id: "zz-err-cause", name: "Zz err cause", summary: "s", alsoActsAs: [AILMENT] }) { id } }',
    {},
    ["input.alsoActsAs"],
    CURATOR,
  ],
  [
    "a relation the model does not allow",
    'mutation { link(input: { from: "relaxation-massage", type: CAUSED_BY, to: "stress", note: "n", evidence: C, sources: ["mybestremedies-massage"] }) { id } }',
    {},
    ["input.type"],
    CURATOR,
  ],
  [
    "a relation from an entity to itself",
    'mutation { link(input: { from: "stress", type: LEADS_TO, to: "stress", note: "n", evidence: C, sources: ["mybestremedies-massage"] }) { id } }',
    {},
    ["input.to"],
    CURATOR,
  ],
  [
    "an unknown source",
    'mutation { link(input: { from: "muscle-spasm", type: CAUSED_BY, to: "stress", note: "n", evidence: C, sources: ["zz-no-such-source"] }) { id } }',
    {},
    ["input.sources"],
    CURATOR,
  ],
];

describe("one BAD_USER_INPUT shape everywhere: extensions.fields [{ field, messages }]", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ CURATOR_API_KEYS: KEY })));
  afterAll(async () => server.close());

  it.each(CASES)("%s", async (_name, query, variables, fields, headers = {}) => {
    const { errors } = await graphql(server.url, query, variables, headers);
    expect(errors).toHaveLength(1);
    const [error] = errors!;
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    const problems = error.extensions?.fields as { field: string; messages: string[] }[];
    expect(problems.map((p) => p.field).sort()).toEqual([...fields].sort());
    for (const problem of problems) {
      expect(problem.messages.length).toBeGreaterThan(0);
      for (const message of problem.messages) expect(typeof message).toBe("string");
    }
    // The old shapes are gone.
    expect(error.extensions).not.toHaveProperty("argument");
    expect(error.extensions).not.toHaveProperty("field");
    expect(JSON.stringify(error)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it("GraphQL literals of the wrong enum are validation errors (400), before anything runs", async () => {
    const { status, errors } = await graphql(
      server.url,
      '{ neighbourhood(id: "stress", relationTypes: [HATES]) { truncated } }',
    );
    expect(status).toBe(400);
    expect(errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
