import { startTestServer, TestServer } from "../support/test-server";

/** The browser pages are built into dist/public by `npm run build`; these check how they are served. */
describe("explorer and widget pages over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  it("GET /explorer serves the explorer page and its own bundled script (no CDN)", async () => {
    const page = await fetch(`${server.url}/explorer`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('src="/assets/explorer/explorer.js"');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)[^"']*\.(js|css)/);
    const script = await fetch(`${server.url}/assets/explorer/explorer.js`);
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(100_000); // cytoscape is inside
  });

  it("GET /widget.js serves the small widget bundle, embeddable from other sites", async () => {
    const response = await fetch(`${server.url}/widget.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/javascript/);
    expect(response.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    const body = await response.text();
    expect(body).toContain("therapy-recommendations");
    expect(body.length).toBeLessThan(20_000);
    expect(body).not.toContain("innerHTML");
  });

  it("GET /widget/demo serves the demo page with the element and the widget script", async () => {
    const response = await fetch(`${server.url}/widget/demo`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<therapy-recommendations ailments="muscle-spasm" conditions="pregnancy">');
    expect(html).toContain('<script src="/widget.js"></script>');
  });
});
