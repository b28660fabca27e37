import { screenshot, useBrowserPages } from "../support/browser";

interface ExplorerWindow {
  __explorer: {
    cy: {
      nodes(): { map<T>(f: (n: { id(): string }) => T): T[] };
      edges(): { length: number };
      elements(selector: string): { length: number };
      getElementById(id: string): { emit(event: string): void };
    };
    state: {
      ready: boolean;
      loading: number;
      focus: string;
      path: { nodes: { id: string }[]; explanation: string } | null;
      error: string;
    };
  };
}

describe("graph explorer in a browser", () => {
  const session = useBrowserPages({ width: 1400, height: 850 });

  // The reader runs in the page: its source is sent and rebuilt there (the test's own code, not input).
  const explorer = <T>(read: (e: ExplorerWindow["__explorer"]) => T) =>
    session.page.evaluate(
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      (source) => new Function("e", `return (${source})(e)`)((window as unknown as ExplorerWindow).__explorer),
      read.toString(),
    ) as Promise<T>;
  const idle = () =>
    session.page.waitForFunction(
      () => (window as unknown as ExplorerWindow).__explorer?.state.loading === 0,
      undefined,
      { timeout: 45_000 },
    );
  const nodeIds = () => explorer((e) => e.cy.nodes().map((n) => n.id()));

  it("draws an entity's neighbourhood, expands a clicked node and finds a path with notes and sources", async () => {
    await session.page.goto(`${session.server.url}/explorer?id=muscle-spasm`);
    await session.page.waitForFunction(
      () => (window as unknown as ExplorerWindow).__explorer?.state.ready === true,
      undefined,
      { timeout: 45_000 },
    );
    const first = await nodeIds();
    expect(first).toEqual(expect.arrayContaining(["muscle-spasm", "stress", "relaxation-massage"]));
    expect(await explorer((e) => e.cy.edges().length)).toBeGreaterThan(3);
    await expect(session.page.locator('#details [data-node="muscle-spasm"] h2').innerText()).resolves.toBe(
      "Muscle spasm",
    );

    // Clicking a node (a cytoscape tap) selects it and adds its neighbourhood.
    await explorer((e) => void e.cy.getElementById("stress").emit("tap"));
    await idle();
    const expanded = await nodeIds();
    expect(expanded.length).toBeGreaterThan(first.length);
    expect(expanded).toContain("migraine");

    // Path: start at stress (selected), end at ice massage.
    await session.page.click('#details [data-action="path-from"]');
    await explorer((e) => void e.cy.getElementById("ice-massage").emit("tap"));
    await idle();
    await session.page.click('#details [data-action="path-to"]');
    await session.page.waitForFunction(
      () => (window as unknown as ExplorerWindow).__explorer.state.path !== null,
      undefined,
      { timeout: 45_000 },
    );
    await idle();
    const path = await explorer((e) => e.state.path!);
    expect(path.nodes[0].id).toBe("stress");
    expect(path.nodes[path.nodes.length - 1].id).toBe("ice-massage");
    expect(await explorer((e) => e.cy.elements(".path").length)).toBe(path.nodes.length * 2 - 1);
    const panel = await session.page.locator("#details .path-result").innerText();
    expect(panel).toContain(path.explanation);
    // Grades in words (the README's evidence policy), never a bare letter.
    expect(panel).toMatch(/Evidence: [A-D], (good evidence|some evidence|expert consensus|practice or theory only)/);
    // The page says, as the widget does, that it is not medical advice.
    await expect(session.page.locator("header .disclaimer").innerText()).resolves.toMatch(/not medical advice/);
    expect(await session.page.locator("#details .path-result .sources li").count()).toBeGreaterThan(0);
    await screenshot(session.page, "explorer-path");
  });

  it("searches for an entity and draws its neighbourhood", async () => {
    await session.page.goto(`${session.server.url}/explorer`);
    await session.page.waitForFunction(
      () => (window as unknown as ExplorerWindow).__explorer?.state.ready === true,
      undefined,
      { timeout: 45_000 },
    );
    await session.page.fill("#search", "tendinitis");
    await session.page.click('#hits button[data-id="tendinitis"]', { timeout: 45_000 });
    await session.page.waitForFunction(
      () => (window as unknown as ExplorerWindow).__explorer.state.focus === "tendinitis",
      undefined,
      { timeout: 45_000 },
    );
    await idle();
    expect(await nodeIds()).toEqual(expect.arrayContaining(["tendinitis", "ice-massage"]));
    expect(await explorer((e) => e.state.error)).toBe("");
    await screenshot(session.page, "explorer-search-tendinitis");
  });
});
