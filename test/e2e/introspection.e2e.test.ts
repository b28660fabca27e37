import { getIntrospectionQuery } from "graphql";
import { codeOf } from "../support/abuse";
import { graphql, startTestServer, TestServer } from "../support/test-server";

/*
 * Introspection is answered outside the cost model and the result budget, so it is capped by
 * document rules (issue 26: 30 aliased `__schema` through a fragment made 6.5 MB), and can be off.
 */
describe("introspection is capped", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());

  it("answers the standard introspection query the playground sends", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const answer = await graphql(server.url, query);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.__schema.queryType.name).toBe("Query");
  });

  it("refuses 30 aliases of __schema spread through a fragment with QUERY_TOO_COMPLEX (400)", async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `s${i}: __schema { ...All }`).join(" ");
    const query = `query { ...Many } fragment Many on Query { ${aliases} }
      fragment All on __Schema { types { name description fields { name description args { name } } } }`;
    const started = Date.now();
    const answer = await graphql(server.url, query);
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe("QUERY_TOO_COMPLEX");
    expect(answer.data ?? null).toBeNull();
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("refuses a second __type, and a __schema beside a __type", async () => {
    for (const query of [
      `{ a: __type(name: "Ailment") { name } b: __type(name: "Therapy") { name } }`,
      `{ __type(name: "Ailment") { name } ... on Query { __schema { queryType { name } } } }`,
    ]) {
      const answer = await graphql(server.url, query);
      expect(answer.status).toBe(400);
      expect(codeOf(answer)).toBe("QUERY_TOO_COMPLEX");
    }
    const one = await graphql(
      server.url,
      `
        {
          __type(name: "Ailment") {
            fields {
              name
            }
          }
        }
      `,
    );
    expect(one.errors).toBeUndefined();
  });

  it("refuses member lists beneath member lists, and too many introspection lists", async () => {
    const recursive = `{ __schema { types { fields { type { ofType { fields { name } } } } } } }`;
    const aliasedLists = `{ __schema { types { ${Array.from({ length: 12 }, (_, i) => `f${i}: fields { name }`).join(" ")} } } }`;
    for (const query of [recursive, aliasedLists]) {
      const answer = await graphql(server.url, query);
      expect(answer.status).toBe(400);
      expect(codeOf(answer)).toBe("QUERY_TOO_COMPLEX");
    }
  });
});

describe("INTROSPECTION=off", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ INTROSPECTION: "off" })));
  afterAll(async () => server.close());

  it("refuses __schema and __type with a 400, and still answers queries", async () => {
    for (const query of [`{ __schema { queryType { name } } }`, `{ __type(name: "Ailment") { name } }`]) {
      const answer = await graphql(server.url, query);
      expect(answer.status).toBe(400);
      expect(codeOf(answer)).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(answer.errors?.[0].message).toMatch(/introspection/i);
    }
    const answer = await graphql(
      server.url,
      `
        {
          entity(id: "muscle-spasm") {
            id
            __typename
          }
        }
      `,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.entity.__typename).toBe("Ailment");
  });
});
