import { screenshot, useBrowserPages } from "../support/browser";

describe("<therapy-recommendations> widget in a browser", () => {
  const session = useBrowserPages({ width: 1200, height: 900 });

  const widget = "therapy-recommendations";
  const waitForState = (state: string) => session.page.waitForSelector(`${widget}[data-state="${state}"]`, { timeout: 20_000 });

  it("renders ranked recommendations for muscle spasm with why-paths, precautions and the disclaimer", async () => {
    await session.page.goto(`${session.server.url}/widget/demo`);
    await waitForState("ready");
    const relaxation = session.page.locator(`${widget} li[data-therapy="relaxation-massage"]`);
    await expect(relaxation.locator(".score").innerText()).resolves.toMatch(/^score \d+\.\d\d$/);
    await expect(relaxation.innerText()).resolves.toContain("Pregnancy");
    await expect(session.page.locator(`${widget} li[data-therapy="ice-massage"]`).count()).resolves.toBe(1);
    await relaxation.locator("summary").click();
    await expect(relaxation.locator("details").innerText()).resolves.toContain("Muscle spasm is treated by Relaxation massage.");
    await expect(session.page.locator(`${widget} .disclaimer`).innerText()).resolves.toMatch(/not medical advice/);
    // The page's own `li { color: magenta }` must not reach into the shadow DOM.
    const colour = await relaxation.evaluate((li) => getComputedStyle(li).color);
    expect(colour).not.toBe("rgb(255, 0, 255)");
    // The demo form is filled from the ailments and contraindications root fields.
    await session.page.waitForSelector('#conditions option[value="fever"]');
    await screenshot(session.page, "widget-muscle-spasm-pregnancy");
  });

  it("moves a therapy into excluded when a condition (fever) is added through the demo form", async () => {
    await session.page.goto(`${session.server.url}/widget/demo`);
    await waitForState("ready");
    await session.page.waitForSelector('#conditions option[value="fever"]');
    await session.page.selectOption("#conditions", ["pregnancy", "fever"]);
    await session.page.waitForSelector(`${widget} .excluded li[data-therapy="relaxation-massage"]`, { timeout: 20_000 });
    await waitForState("ready");
    expect(await session.page.locator(`${widget} ol.items li[data-therapy="relaxation-massage"]`).count()).toBe(0);
    const excluded = await session.page.locator(`${widget} .excluded li[data-therapy="relaxation-massage"]`).innerText();
    expect(excluded).toContain("Fever");
    expect(await session.page.getAttribute(widget, "conditions")).toBe("fever pregnancy");
    await screenshot(session.page, "widget-fever-excluded");
  });

  it("shows the error state for an unknown ailment and recovers when the attribute changes", async () => {
    await session.page.goto(`${session.server.url}/widget/demo`);
    await waitForState("ready");
    await session.page.evaluate(() => document.querySelector("therapy-recommendations")!.setAttribute("ailments", "no-such-ailment"));
    await waitForState("error");
    await expect(session.page.locator(`${widget} [role="alert"]`).innerText()).resolves.toContain('No entity with id "no-such-ailment"');
    await session.page.evaluate(() => document.querySelector("therapy-recommendations")!.setAttribute("ailments", ""));
    await waitForState("empty");
    await session.page.evaluate(() => document.querySelector("therapy-recommendations")!.setAttribute("ailments", "tendinitis"));
    await waitForState("ready");
  });

  it("works embedded in a plain session.page, with the endpoint taken from the script's origin", async () => {
    await session.page.goto(`${session.server.url}/widget/demo`); // same origin, so /graphql needs no CORS
    await session.page.setContent(`<p>Host page</p><therapy-recommendations ailments="stress" first="3"></therapy-recommendations>`);
    await session.page.addScriptTag({ url: `${session.server.url}/widget.js` });
    await waitForState("ready");
    expect(await session.page.locator(`${widget} ol.items > li`).count()).toBe(3);
  });

  it("reads with GET, so the browser and a CDN can cache it, and with POST when the URL would be too long", async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/widget/demo`);
    await page.setContent(`<p>Host page</p><therapy-recommendations ailments="stress" first="3"></therapy-recommendations>`);
    const seen: { method: string; cacheControl?: string; etag?: string }[] = [];
    page.on("response", (response) => {
      if (!response.url().includes("/graphql")) return;
      seen.push({ method: response.request().method(), cacheControl: response.headers()["cache-control"], etag: response.headers().etag });
    });
    await page.addScriptTag({ url: `${session.server.url}/widget.js` });
    await waitForState("ready");
    expect(seen[0]).toMatchObject({ method: "GET", cacheControl: "public, max-age=60", etag: expect.stringMatching(/^"/) });

    // 120 condition ids make a URL of several KB: the widget sends them in a POST body instead.
    seen.length = 0;
    const many = Array.from({ length: 120 }, (_, i) => `zz-not-a-condition-${i}`).join(" ");
    await page.evaluate((ids) => document.querySelector("therapy-recommendations")!.setAttribute("conditions", ids), many);
    await waitForState("error");
    expect(seen.map((s) => s.method)).toEqual(["POST"]);
    expect(seen[0].cacheControl).toBe("no-store");
  });
});
