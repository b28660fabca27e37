import { createServer, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { seriousViolations } from "../support/axe";
import { screenshot, useBrowserPages } from "../support/browser";

/**
 * A host site on another origin (its own HTTP server on another port) whose Content-Security-Policy
 * is strict: no 'unsafe-inline' anywhere, and only what the README says a host must add for the
 * widget (script-src and connect-src for the API's origin).
 */
function hostPolicy(api: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${api}`,
    `connect-src 'self' ${api}`,
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

/** The inline style attribute on #probe is what such a policy refuses: the proof that it is in force. */
const hostPage = (api: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Clinic site</title></head>
<body><main><h1>Our clinic</h1><p id="probe" style="color: rgb(1, 2, 3)">Massage at our clinic.</p>
<therapy-recommendations ailments="muscle-spasm" conditions="pregnancy"></therapy-recommendations>
<script src="${api}/widget.js"></script></main></body></html>`;

describe("<therapy-recommendations> on another origin under a strict Content-Security-Policy", () => {
  const session = useBrowserPages({ width: 1200, height: 900 });
  let host: Server;
  let hostUrl: string;

  beforeAll(async () => {
    const api = session.server.url;
    host = createServer((request, response) => {
      if (request.url !== "/") return void response.writeHead(404).end();
      response.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": hostPolicy(api),
      });
      response.end(hostPage(api));
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  it("renders styled (the red-flag box drawn), calls the API across origins, and passes axe", async () => {
    const { page } = session;
    const response = await page.goto(hostUrl);
    expect(response?.headers()["content-security-policy"]).toContain("style-src 'self';");
    expect(new URL(hostUrl).origin).not.toBe(new URL(session.server.url).origin);
    const widget = "therapy-recommendations";
    await page.waitForSelector(`${widget}[data-state="ready"]`, { timeout: 45_000 });

    // The policy is in force: the host's own inline style attribute was refused...
    expect(await page.locator("#probe").evaluate((p) => getComputedStyle(p).color)).not.toBe("rgb(1, 2, 3)");
    expect(session.cspViolations).toHaveLength(1);
    expect(session.cspViolations[0]).toMatch(/inline style/);
    session.cspViolations.length = 0; // ...and that refusal is the only one (checked after the test).

    // ...while the widget's styles apply: the red flags sit in their dark-red bordered, tinted box.
    const flags = page.locator(`${widget} section.flags`);
    await flags.locator('[data-red-flag="calf-or-arm-clot-signs"]').waitFor();
    const box = await flags.evaluate((s) => {
      const style = getComputedStyle(s);
      return {
        border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`,
        bg: style.backgroundColor,
      };
    });
    expect(box).toEqual({ border: "2px solid rgb(164, 22, 26)", bg: "rgb(253, 238, 238)" });
    expect(await page.locator(`${widget} ol.items li`).count()).toBeGreaterThan(0);
    expect(session.requests.some((url) => url.startsWith(`${session.server.url}/graphql`))).toBe(true);

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "widget-strict-csp-host");
  });
});
