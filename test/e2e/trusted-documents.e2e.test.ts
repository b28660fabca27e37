import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RECOMMEND_QUERY, SEARCH_QUERY } from "../../src/assets";
import { documentHash, playgroundExamples } from "../../src/server";
import { graphql, GraphQLResponse, startTestServer, TestServer } from "../support/test-server";

/*
 * Trusted documents (issue 30): with TRUSTED_DOCUMENTS on, only listed operations run, whether sent
 * by POST, by GET or by their APQ hash; anything else is refused with 400 PERSISTED_QUERY_NOT_IN_LIST
 * before it is parsed; curators may send any document; off (the default) changes nothing.
 */
const API_KEY = "trusted-documents-curator-key";
const CURATOR = { authorization: `Bearer ${API_KEY}` };
const WIDGET_VARIABLES = { ailments: ["muscle-spasm"], first: 3 };
const UNLISTED = '{ entity(id: "muscle-spasm") { id name } }';

async function get(url: string, params: Record<string, unknown>): Promise<GraphQLResponse> {
  const search = new URLSearchParams(
    Object.entries(params).map(([name, value]) => [name, typeof value === "string" ? value : JSON.stringify(value)]),
  );
  const response = await fetch(`${url}/graphql?${search}`, { headers: { accept: "application/json" } });
  return { status: response.status, ...((await response.json()) as object) };
}

async function post(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as object) } as GraphQLResponse;
}

const apq = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: documentHash(query) } });

function expectRefused(answer: GraphQLResponse): void {
  expect(answer.status).toBe(400);
  expect(answer.data).toBeUndefined();
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_NOT_IN_LIST");
  expect(answer.errors?.[0].message).toMatch(/not in the list/);
}

function expectWidgetAnswer(answer: GraphQLResponse<any>): void {
  expect(answer.errors).toBeUndefined();
  expect(answer.status).toBe(200);
  expect(answer.data.recommendTherapies.items.length).toBeGreaterThan(0);
}

describe("trusted documents: TRUSTED_DOCUMENTS=builtin", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ TRUSTED_DOCUMENTS: "builtin", CURATOR_API_KEYS: API_KEY })));
  afterAll(async () => server.close());

  it("runs the widget's query by POST and by GET", async () => {
    expectWidgetAnswer(await graphql(server.url, RECOMMEND_QUERY, WIDGET_VARIABLES));
    expectWidgetAnswer(await get(server.url, { query: RECOMMEND_QUERY, variables: WIDGET_VARIABLES }));
  });

  it("runs every playground example and an explorer query as sent", async () => {
    for (const { query, variables } of playgroundExamples) {
      const answer = await graphql(server.url, query, variables ?? {});
      expect([answer.status, answer.errors?.[0]?.extensions?.code]).toEqual([200, undefined]);
    }
    const search = await graphql(server.url, SEARCH_QUERY, { text: "back pain" });
    expect([search.status, search.errors]).toEqual([200, undefined]);
  });

  it("runs a listed query by its APQ hash alone, by POST and GET, on the first request", async () => {
    expectWidgetAnswer(await post(server.url, { extensions: apq(RECOMMEND_QUERY), variables: WIDGET_VARIABLES }));
    const byGet = await get(server.url, { extensions: apq(SEARCH_QUERY), variables: { text: "neck" } });
    expect([byGet.status, byGet.errors]).toEqual([200, undefined]);
    // With its text too (Apollo Client's retry after PERSISTED_QUERY_NOT_FOUND).
    expectWidgetAnswer(
      await post(server.url, { query: RECOMMEND_QUERY, extensions: apq(RECOMMEND_QUERY), variables: WIDGET_VARIABLES }),
    );
  });

  it("refuses an unlisted document with 400 PERSISTED_QUERY_NOT_IN_LIST, by POST, GET and APQ", async () => {
    expectRefused(await graphql(server.url, UNLISTED));
    expectRefused(await get(server.url, { query: UNLISTED }));
    const head = await fetch(`${server.url}/graphql?${new URLSearchParams({ query: UNLISTED })}`, { method: "HEAD" });
    expect(head.status).toBe(400);
    expectRefused(await post(server.url, { query: UNLISTED, extensions: apq(UNLISTED) }));
    // Its hash alone is refused too (not PERSISTED_QUERY_NOT_FOUND, which would make a client retry with the text).
    expectRefused(await post(server.url, { extensions: apq(UNLISTED) }));
    expectRefused(await get(server.url, { extensions: apq(UNLISTED) }));
  });

  it("accepts only the exact listed text: a changed space or a changed argument is refused", async () => {
    expectRefused(await graphql(server.url, RECOMMEND_QUERY + " ", WIDGET_VARIABLES));
    expectRefused(await graphql(server.url, RECOMMEND_QUERY.replace("first: $first", "first: 100"), WIDGET_VARIABLES));
    expectRefused(await post(server.url, { query: UNLISTED, extensions: apq(RECOMMEND_QUERY) }));
    // A listed text with another document's hash: Apollo's own check refuses it.
    const mismatch = await post(server.url, { query: SEARCH_QUERY, extensions: apq(RECOMMEND_QUERY) });
    expect([mismatch.status, mismatch.data]).toEqual([400, undefined]);
  });

  it("refuses before parsing or running: a broken document, a mutation and introspection get the same answer", async () => {
    expectRefused(await graphql(server.url, "{ entity(id: "));
    expectRefused(await graphql(server.url, 'mutation { deleteNode(id: "muscle-spasm") }'));
    expectRefused(await graphql(server.url, "{ __schema { types { name } } }"));
  });

  it("says on the playground page why its schema does not load, and how a curator loads it", async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    expect(page).toContain('id="trusted-documents-notice"');
    expect(page).toMatch(/schema \(docs, autocomplete\) and any other\s+operation are refused/);
    // What the notice tells a curator to do works: introspection with the key.
    const schema = await graphql(server.url, "{ __schema { queryType { name } } }", {}, CURATOR);
    expect([schema.status, schema.errors, schema.data]).toEqual([
      200,
      undefined,
      { __schema: { queryType: { name: "Query" } } },
    ]);
  });

  it("lets a curator send any document, and only with a valid key", async () => {
    const answer = await graphql(server.url, UNLISTED, {}, CURATOR);
    expect([answer.status, answer.errors]).toEqual([200, undefined]);
    expect(answer.data).toEqual({ entity: { id: "muscle-spasm", name: expect.any(String) } });
    expectRefused(await graphql(server.url, UNLISTED, {}, { authorization: "Bearer not-the-curator-key-at-all" }));
    // A curator's own document by APQ: registered on first send like any APQ client, no list needed.
    const byHash = await post(server.url, { extensions: apq(UNLISTED) }, CURATOR);
    expect(byHash.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const withText = await post(server.url, { query: UNLISTED, extensions: apq(UNLISTED) }, CURATOR);
    expect([withText.status, withText.errors]).toEqual([200, undefined]);
  });
});

describe("trusted documents: TRUSTED_DOCUMENTS=file", () => {
  let server: TestServer;
  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), "trusted-e2e-")), "manifest.json");
    writeFileSync(file, JSON.stringify({ [documentHash(UNLISTED)]: UNLISTED }));
    server = await startTestServer({ TRUSTED_DOCUMENTS: "file", TRUSTED_DOCUMENTS_FILE: file });
  });
  afterAll(async () => server.close());

  it("runs the manifest's documents and nothing else, not even the builtin ones", async () => {
    const answer = await graphql(server.url, UNLISTED);
    expect([answer.status, answer.errors]).toEqual([200, undefined]);
    expectRefused(await graphql(server.url, RECOMMEND_QUERY, WIDGET_VARIABLES));
  });
});

describe("trusted documents: off (the default)", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({})));
  afterAll(async () => server.close());

  it("runs any document, and APQ registers and finds unlisted documents as before", async () => {
    expect(server.config.trustedDocuments.mode).toBe("off");
    expect(await (await fetch(`${server.url}/`)).text()).not.toContain("trusted-documents-notice");
    const answer = await graphql(server.url, UNLISTED);
    expect([answer.status, answer.errors]).toEqual([200, undefined]);
    const query = '{ entity(id: "muscle-spasm") { id kind } }';
    const first = await post(server.url, { extensions: apq(query) });
    expect(first.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect((await post(server.url, { query, extensions: apq(query) })).errors).toBeUndefined();
    const byHash = await post(server.url, { extensions: apq(query) });
    expect([byHash.status, byHash.errors]).toEqual([200, undefined]);
  });
});
