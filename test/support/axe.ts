import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

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

/** The serious and critical axe-core violations on the page as it is now (or in the elements `selector` names). */
export async function seriousViolations(
  page: Page,
  selector?: string,
): Promise<{ id: string; help: string; targets: string }[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async (within) => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document | string, options: object): Promise<{ violations: unknown[] }> };
      }
    ).axe;
    return (await axe.run(within ?? document, { resultTypes: ["violations"] })).violations;
  }, selector)) as Violation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, targets: JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target)) }));
}
