import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Browser, chromium, Page } from "playwright-core";
import { projectRoot } from "../../src/util";
import { startTestServer, TestServer } from "./test-server";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const artifactsDir = join(projectRoot(), "test-artifacts");

/** Headless Debian chromium, with the flags that keep it off the network by itself. */
function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Records every URL the page requests, so a test can prove it all stayed on this machine. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return true;
  const { hostname } = new URL(url);
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface BrowserSession {
  server: TestServer;
  browser: Browser;
  /** A fresh page for each test. */
  page: Page;
  /** Every URL the current page requested. */
  requests: string[];
  /** Console messages of the current page that report a Content-Security-Policy violation. */
  cspViolations: string[];
}

/**
 * For a browser test file: the real server and one browser for the whole file, a fresh page per
 * test, and after each test the check that every request the page made stayed on this machine.
 */
export function useBrowserPages(viewport: { width: number; height: number }): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.server = await startTestServer();
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  beforeEach(async () => {
    session.page = await session.browser.newPage({ viewport });
    session.requests = recordRequests(session.page);
    const violations: string[] = [];
    session.cspViolations = violations;
    session.page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(message.text()))
        violations.push(message.text());
    });
  });
  afterEach(async () => {
    expect(session.requests.filter((url) => !isLocal(url))).toEqual([]);
    // The pages work under their security headers: nothing the browser refused.
    expect(session.cspViolations).toEqual([]);
    await session.page.close();
  });
  return session;
}
