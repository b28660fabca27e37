import { seriousViolations } from "../support/axe";
import { useBrowserPages } from "../support/browser";

describe("accessibility (axe-core): no serious or critical violations", () => {
  const session = useBrowserPages({ width: 1300, height: 900 });
  const widget = "therapy-recommendations";

  it("on the widget demo, with red flags, questions, conditional items and exclusions drawn", async () => {
    await session.page.goto(`${session.server.url}/widget/demo`);
    await session.page.waitForSelector(`${widget}[data-state="ready"]`, { timeout: 45_000 });
    await session.page.waitForSelector('#conditions option[value="fever"]');
    await session.page.selectOption("#ailments", ["muscle-strain"]);
    await session.page.selectOption("#conditions", ["acute-strain-site", "hypertension"]);
    await session.page
      .locator(`${widget} fieldset[data-question="state:uncontrolled-hypertension"]`)
      .waitFor({ timeout: 45_000 });
    await session.page.locator(`${widget} .excluded li`).first().waitFor({ timeout: 45_000 });
    expect(await seriousViolations(session.page)).toEqual([]);
  });

  it("on the widget alone in a host page", async () => {
    await session.page.goto(`${session.server.url}/widget/demo`);
    await session.page.setContent(
      `<!doctype html><html lang="en"><head><title>Host</title></head><body><main><therapy-recommendations ailments="muscle-strain"></therapy-recommendations></main></body></html>`,
    );
    await session.page.addScriptTag({ url: `${session.server.url}/widget.js` });
    await session.page.waitForSelector(`${widget}[data-state="ready"]`, { timeout: 45_000 });
    await session.page.locator(`${widget} select`).first().waitFor();
    expect(await seriousViolations(session.page)).toEqual([]);
  });

  it("on the explorer, with an ailment's red flags shown above its details", async () => {
    await session.page.goto(`${session.server.url}/explorer?id=migraine`);
    await session.page.waitForSelector('#details .red-flags [data-red-flag="thunderclap-headache"]', {
      timeout: 45_000,
    });
    await expect(session.page.locator("#details .red-flags").innerText()).resolves.toMatch(
      /Emergency: Sudden, severe headache/,
    );
    expect(await seriousViolations(session.page)).toEqual([]);
  });
});
