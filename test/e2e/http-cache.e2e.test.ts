import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { request as httpRequest } from "node:http";
import { ensureSeedGraph } from "../support/seed-graph";
import { loadSeedGraph } from "../support/test-database";
import { graphql, startTestServer, TestServer } from "../support/test-server";

const CURATOR_KEY = "http-cache-test-key-0123456789";
const READ = `query Ailment($id: ID!) { ailment(id: $id) { id name summary causes { id cause { id name } relation { id type note evidence } } } }`;

/** A raw GET of /graphql (no automatic decompression), as a browser or CDN would send it. */
function get(
  server: TestServer,
  params: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const search = new URLSearchParams(
    Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
  );
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${server.url}/graphql?${search}`,
      { method: "GET", headers: { accept: "application/json", ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}

const readVars = { query: READ, variables: { id: "muscle-spasm" } };

describe("HTTP caching of public reads", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ CURATOR_API_KEYS: CURATOR_KEY, HTTP_CACHE_MAX_AGE: "120" });
  });
  // A test may rename or relink seed entities (curation writes): the next one, in whatever order
  // --randomize runs them, starts from the seed graph again (reloaded only when something changed).
  afterEach(() => ensureSeedGraph(server.db));
  afterAll(() => server.close());

  it("a GET read carries Cache-Control with the configured max-age and a strong ETag; the same ETag gets 304", async () => {
    const first = await get(server, readVars);
    expect(first.status).toBe(200);
    expect(first.headers["cache-control"]).toBe("public, max-age=120");
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(String(first.headers.vary)).toMatch(/Accept/);
    expect(JSON.parse(first.body.toString()).data.ailment.name).toBe("Muscle spasm");

    const again = await get(server, readVars);
    expect(again.headers.etag).toBe(etag);
    const revalidated = await get(server, readVars, { "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers.etag).toBe(etag);
    expect(revalidated.headers["cache-control"]).toBe("public, max-age=120");
    // Weak comparison, lists and the encoding suffix a compressed copy carries are all honoured.
    expect((await get(server, readVars, { "if-none-match": `W/${etag}` })).status).toBe(304);
    expect((await get(server, readVars, { "if-none-match": `"nope", ${etag.slice(0, -1)}-gzip"` })).status).toBe(304);
    expect((await get(server, readVars, { "if-none-match": '"something-else"' })).status).toBe(200);
  });

  it("different questions have different ETags", async () => {
    const a = await get(server, readVars);
    const b = await get(server, { query: READ, variables: { id: "migraine" } });
    expect(a.headers.etag).not.toBe(b.headers.etag);
  });

  it("a curation write changes every ETag, in the same transaction as the change", async () => {
    const before = await get(server, readVars);
    const etag = before.headers.etag as string;
    const write = await graphql(
      server.url,
      `
        mutation {
          upsertSource(
            input: {
              id: "zz-http-source"
              title: "HTTP cache test"
              publisher: "Tests"
              type: "website"
              reviewed: "2026-12-01"
              covers: ["stress"]
            }
          ) {
            id
          }
        }
      `,
      {},
      { authorization: `Bearer ${CURATOR_KEY}` },
    );
    expect(write.errors).toBeUndefined();
    const after = await get(server, readVars, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(etag);

    // A write that fails rolls its version back with it: the ETag stays.
    const stable = (await get(server, readVars)).headers.etag as string;
    const refused = await graphql(
      server.url,
      `
        mutation {
          deleteEntity(id: "zz-no-such-entity") {
            id
          }
        }
      `,
      {},
      { authorization: `Bearer ${CURATOR_KEY}` },
    );
    expect(refused.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await get(server, readVars, { "if-none-match": stable })).status).toBe(304);

    // Renaming the entity itself shows at once, however a client had cached it.
    const renamed = await graphql(
      server.url,
      `
        mutation {
          upsertAilment(input: { id: "muscle-spasm", name: "Muscle spasm (renamed)", summary: "Renamed by a test." }) {
            name
          }
        }
      `,
      {},
      { authorization: `Bearer ${CURATOR_KEY}` },
    );
    expect(renamed.errors).toBeUndefined();
    const fresh = await get(server, readVars, { "if-none-match": stable });
    expect(fresh.status).toBe(200);
    expect(JSON.parse(fresh.body.toString()).data.ailment.name).toBe("Muscle spasm (renamed)");
  });

  it("a seed load changes the ETag too", async () => {
    const etag = (await get(server, readVars)).headers.etag as string;
    await loadSeedGraph(server.db);
    expect((await get(server, readVars, { "if-none-match": etag })).status).toBe(200);
  });

  it("POST, mutations and answers with errors are never cached", async () => {
    const post = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "if-none-match": "*" },
      body: JSON.stringify(readVars),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get("cache-control")).toBe("no-store");
    expect(post.headers.get("etag")).toBeNull();

    const mutationOverGet = await get(server, { query: `mutation { deleteEntity(id: "stress") { id } }` });
    expect(mutationOverGet.status).toBe(405);
    expect(mutationOverGet.headers["cache-control"]).toBe("no-store");

    const bad = await get(server, { query: READ, variables: { id: "Not A Slug" } });
    expect(JSON.parse(bad.body.toString()).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(bad.headers["cache-control"]).toBe("no-store");
    expect(bad.headers.etag).toBeUndefined();
  });

  it("compresses when the client accepts it (brotli or gzip), with an ETag naming the encoding", async () => {
    const big = { query: `{ therapies(first: 50) { edges { node { id name summary synonyms } } } }` };
    const plain = await get(server, big);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const gzip = await get(server, big, { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(plain.body.toString());
    expect(gzip.body.length).toBeLessThan(plain.body.length / 2);
    expect(gzip.headers.etag).toBe(`${(plain.headers.etag as string).slice(0, -1)}-gzip"`);
    const br = await get(server, big, { "accept-encoding": "br, gzip" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(plain.body.toString());
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    expect(
      (await get(server, big, { "accept-encoding": "gzip", "if-none-match": gzip.headers.etag as string })).status,
    ).toBe(304);

    const post = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": "gzip" },
      body: JSON.stringify(big),
    });
    expect(post.headers.get("content-encoding")).toBe("gzip");
  });
});

describe("CORS for browser clients", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ CORS_ORIGINS: "https://clinic.example" })));
  afterAll(async () => server.close());

  it("allows Apollo's client-awareness headers in a preflight and exposes ETag and the request id", async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin: "https://clinic.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, apollographql-client-name, apollographql-client-version",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://clinic.example");
    const allowed = (preflight.headers.get("access-control-allow-headers") ?? "").toLowerCase();
    for (const header of ["content-type", "apollographql-client-name", "apollographql-client-version", "authorization"])
      expect(allowed).toContain(header);

    const read = await get(server, readVars, { origin: "https://clinic.example" });
    expect(read.headers["access-control-allow-origin"]).toBe("https://clinic.example");
    expect(String(read.headers["access-control-expose-headers"]).toLowerCase()).toContain("etag");
    // Answers differ by Origin, so a shared cache must keep them apart.
    expect(String(read.headers.vary).toLowerCase()).toContain("origin");
    const revalidated = await get(server, readVars, {
      origin: "https://clinic.example",
      "if-none-match": read.headers.etag as string,
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers["access-control-allow-origin"]).toBe("https://clinic.example");
  });

  it("refuses other origins", async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: "https://elsewhere.example", "access-control-request-method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });
});
