import type { Browser, Page } from "playwright-core";
import { isLocal, launchBrowser, recordRequests, screenshot } from "../support/browser";
import { startTestServer, TestServer } from "../support/test-server";

interface ExplorerWindow {
  __explorer: {
    cy: { nodes(): { map<T>(f: (n: { id(): string }) => T): T[] }; edges(): { length: number }; elements(selector: string): { length: number }; getElementById(id: string): { emit(event: string): void } };
    state: { ready: boolean; loading: number; focus: string; path: { nodes: { id: string }[]; explanation: string } | null; error: string };
  };
}

describe("graph explorer in a browser", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let requests: string[];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    requests = recordRequests(page);
  });
  afterEach(async () => {
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    await page.close();
  });

  const explorer = <T>(read: (e: ExplorerWindow["__explorer"]) => T) =>
    page.evaluate((source) => new Function("e", `return (${source})(e)`)((window as unknown as ExplorerWindow).__explorer), read.toString()) as Promise<T>;
  const idle = () => page.waitForFunction(() => (window as unknown as ExplorerWindow).__explorer?.state.loading === 0, undefined, { timeout: 20_000 });
  const nodeIds = () => explorer((e) => e.cy.nodes().map((n) => n.id()));

  it("draws an entity's neighbourhood, expands a clicked node and finds a path with notes and sources", async () => {
    await page.goto(`${server.url}/explorer?id=muscle-spasm`);
    await page.waitForFunction(() => (window as unknown as ExplorerWindow).__explorer?.state.ready === true, undefined, { timeout: 20_000 });
    const first = await nodeIds();
    expect(first).toEqual(expect.arrayContaining(["muscle-spasm", "stress", "relaxation-massage"]));
    expect(await explorer((e) => e.cy.edges().length)).toBeGreaterThan(3);
    await expect(page.locator('#details [data-node="muscle-spasm"] h2').innerText()).resolves.toBe("Muscle spasm");

    // Clicking a node (a cytoscape tap) selects it and adds its neighbourhood.
    await explorer((e) => void e.cy.getElementById("stress").emit("tap"));
    await idle();
    const expanded = await nodeIds();
    expect(expanded.length).toBeGreaterThan(first.length);
    expect(expanded).toContain("migraine");

    // Path: start at stress (selected), end at ice massage.
    await page.click('#details [data-action="path-from"]');
    await explorer((e) => void e.cy.getElementById("ice-massage").emit("tap"));
    await idle();
    await page.click('#details [data-action="path-to"]');
    await page.waitForFunction(() => (window as unknown as ExplorerWindow).__explorer.state.path !== null, undefined, { timeout: 20_000 });
    await idle();
    const path = await explorer((e) => e.state.path!);
    expect(path.nodes[0].id).toBe("stress");
    expect(path.nodes[path.nodes.length - 1].id).toBe("ice-massage");
    expect(await explorer((e) => e.cy.elements(".path").length)).toBe(path.nodes.length * 2 - 1);
    const panel = await page.locator("#details .path-result").innerText();
    expect(panel).toContain(path.explanation);
    expect(panel).toMatch(/Evidence: [A-D]/);
    expect(await page.locator("#details .path-result .sources li").count()).toBeGreaterThan(0);
    await screenshot(page, "explorer-path");
  });

  it("searches for an entity and draws its neighbourhood", async () => {
    await page.goto(`${server.url}/explorer`);
    await page.waitForFunction(() => (window as unknown as ExplorerWindow).__explorer?.state.ready === true, undefined, { timeout: 20_000 });
    await page.fill("#search", "tendinitis");
    await page.click('#hits button[data-id="tendinitis"]', { timeout: 20_000 });
    await page.waitForFunction(() => (window as unknown as ExplorerWindow).__explorer.state.focus === "tendinitis", undefined, { timeout: 20_000 });
    await idle();
    expect(await nodeIds()).toEqual(expect.arrayContaining(["tendinitis", "ice-massage"]));
    expect(await explorer((e) => e.state.error)).toBe("");
    await screenshot(page, "explorer-search-tendinitis");
  });
});
