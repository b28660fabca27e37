import { screenshot, useBrowserPages } from "../support/browser";

describe("GraphiQL playground in a browser", () => {
  // Also checks, after each test, that every request the page made went to this machine.
  const session = useBrowserPages({ width: 1280, height: 720 });

  it("loads from this server alone, runs the first example and shows its result", async () => {
    const { page, server, requests } = session;
    await page.goto(`${server.url}/graphql`);
    await page.waitForSelector(".graphiql-execute-button", { timeout: 30_000 });
    await page.click(".graphiql-execute-button");
    const result = page.locator(".result-window");
    await result.getByText('"entity"').waitFor({ timeout: 30_000 });
    const text = await result.innerText();
    expect(text).toContain('"data"');
    expect(text).toContain('"Muscle spasm"');
    await screenshot(page, "playground");

    // Another saved tab brings its own variables: the search for "charley horse" finds muscle spasm.
    await page.locator(".graphiql-tab", { hasText: "Search" }).first().click();
    // GraphiQL re-reads the operation name a moment after the editor changes, as a person would wait.
    await page.waitForTimeout(1_000);
    await page.click(".graphiql-execute-button");
    await result.getByText('"search"').waitFor({ timeout: 30_000 });
    await result.getByText('"muscle-spasm"').first().waitFor({ timeout: 30_000 });
    await screenshot(page, "playground-search");
    expect(requests.length).toBeGreaterThan(3);
  });

  it("is also served at /", async () => {
    const response = await fetch(`${session.server.url}/`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("/assets/vendor/graphiql.min.js");
  });
});
