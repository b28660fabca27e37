import { freePort } from "../../src/local-neo4j";
import { graphql, startTestServer, TestServer } from "../support/test-server";

/* What a stranger can learn or do with the pages and routes: metrics, headers, schema hints. */
describe("/metrics is not public", () => {
  it("answers 404 when neither METRICS_TOKEN nor METRICS_PORT is set", async () => {
    const server = await startTestServer();
    try {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it("needs the bearer token when METRICS_TOKEN is set", async () => {
    const token = "exposure-metrics-token-0123456789";
    const server = await startTestServer({ METRICS_TOKEN: token });
    try {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
      expect(
        (await fetch(`${server.url}/metrics`, { headers: { authorization: "Bearer wrong-token-0123456789abcdef" } }))
          .status,
      ).toBe(401);
      const ok = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain("process_resident_memory_bytes");
    } finally {
      await server.close();
    }
  });

  it("is served on its own port with METRICS_PORT, and not on the API's", async () => {
    const port = await freePort();
    const server = await startTestServer({ METRICS_PORT: String(port) });
    try {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
      const own = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(own.status).toBe(200);
      expect(await own.text()).toContain("graphql_refused_total");
    } finally {
      await server.close();
    }
  });
});

describe("security headers and the embeddable widget", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());

  it.each(["/", "/explorer", "/widget/demo"])(
    "%s carries a CSP allowing only this origin, no framing by others, nosniff",
    async (path) => {
      const response = await fetch(`${server.url}${path}`, { headers: { accept: "text/html" } });
      expect(response.status).toBe(200);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'self'");
      expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    },
  );

  it("keeps /widget.js loadable from any site", async () => {
    const response = await fetch(`${server.url}/widget.js`, { headers: { origin: "https://health-site.example" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(response.headers.get("cross-origin-embedder-policy")).toBeNull();
    expect(response.headers.get("content-type")).toContain("javascript");
  });

  it("lets another site's page call /graphql", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { origin: "https://health-site.example", "content-type": "application/json" },
      body: JSON.stringify({ query: "{ graphStats { entities } }" }),
    });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cross-origin-resource-policy")).toBeNull();
  });
});

describe("field suggestions", () => {
  it("are off in production (NODE_ENV=production) and on in development", async () => {
    const production = await startTestServer({ NODE_ENV: "production" });
    const development = await startTestServer({ NODE_ENV: "development" });
    try {
      const hidden = await graphql(
        production.url,
        `
          {
            graphStats {
              entitis
            }
          }
        `,
      );
      expect(hidden.errors?.[0].message).toBe('Cannot query field "entitis" on type "GraphStats".');
      const shown = await graphql(
        development.url,
        `
          {
            graphStats {
              entitis
            }
          }
        `,
      );
      expect(shown.errors?.[0].message).toMatch(/Did you mean "entities"\?/);
    } finally {
      await production.close();
      await development.close();
    }
  });
});
