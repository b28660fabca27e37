import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { useBrowserPages } from "../support/browser";

/**
 * axe-core, read from node_modules (no network) and evaluated through the devtools protocol, which the
 * pages' Content-Security-Policy (script-src 'self') does not govern: an injected <script> tag would be
 * refused by it, and the test must not weaken the headers it also checks.
 */
const AXE_SOURCE = readFileSync(createRequire(__filename).resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function seriousViolations(page: Page): Promise<{ id: string; help: string; targets: string }[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, targets: JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target)) }));
}

describe("accessibility (axe-core): no serious or critical violations", () => {
  const session = useBrowserPages({ width: 1300, height: 900 });
  const widget = "therapy-recommendations";

  it("on the widget demo, with red flags, questions, conditional items and exclusions drawn", async () => {
    await session.page.goto(`${session.server.url}/widget/demo`);
    await session.page.waitForSelector(`${widget}[data-state="ready"]`, { timeout: 20_000 });
    await session.page.waitForSelector('#conditions option[value="fever"]');
    await session.page.selectOption("#ailments", ["muscle-strain"]);
    await session.page.selectOption("#conditions", ["acute-strain-site", "hypertension"]);
    await session.page
      .locator(`${widget} fieldset[data-question="state:uncontrolled-hypertension"]`)
      .waitFor({ timeout: 20_000 });
    await session.page.locator(`${widget} .excluded li`).first().waitFor({ timeout: 20_000 });
    expect(await seriousViolations(session.page)).toEqual([]);
  });

  it("on the widget alone in a host page", async () => {
    await session.page.goto(`${session.server.url}/widget/demo`);
    await session.page.setContent(
      `<!doctype html><html lang="en"><head><title>Host</title></head><body><main><therapy-recommendations ailments="muscle-strain"></therapy-recommendations></main></body></html>`,
    );
    await session.page.addScriptTag({ url: `${session.server.url}/widget.js` });
    await session.page.waitForSelector(`${widget}[data-state="ready"]`, { timeout: 20_000 });
    await session.page.locator(`${widget} select`).first().waitFor();
    expect(await seriousViolations(session.page)).toEqual([]);
  });

  it("on the explorer, with an ailment's red flags shown above its details", async () => {
    await session.page.goto(`${session.server.url}/explorer?id=migraine`);
    await session.page.waitForSelector('#details .red-flags [data-red-flag="thunderclap-headache"]', {
      timeout: 20_000,
    });
    await expect(session.page.locator("#details .red-flags").innerText()).resolves.toMatch(
      /Emergency: Sudden, severe headache/,
    );
    expect(await seriousViolations(session.page)).toEqual([]);
  });
});
