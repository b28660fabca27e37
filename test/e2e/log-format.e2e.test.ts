import { freePort } from "../../src/local-neo4j";
import { spawnStart } from "../support/start-script";

/**
 * One log format per stream: `npm start` (dist/, as it runs) with stdout a pipe, not a terminal.
 * Every line it writes there - progress, the ready line, request logs, shutdown - is JSON by
 * default, and none is with LOG_FORMAT=pretty.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the server, sends a good and a refused request, stops it with SIGTERM; its stdout and stderr. */
async function runOnce(env: Record<string, string>): Promise<{ stdout: string; stderr: string; code: number | null }> {
  const port = await freePort();
  const { child, output, closed } = spawnStart({
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "debug",
    MAX_EVENT_LOOP_DELAY_MS: "0",
    ...env,
  });
  try {
    const deadline = Date.now() + 90_000;
    while (!output.stdout.includes("API ready")) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`the API did not start:\n${output.stdout}${output.stderr}`);
      await sleep(100);
    }
    const url = `http://127.0.0.1:${port}/graphql`;
    const headers = { "content-type": "application/json", "x-request-id": "log-format-1" };
    const good = await fetch(url, {
      method: "POST",
      headers,
      body: JSON.stringify({ query: "{ graphStats { entities } }" }),
    });
    expect(good.status).toBe(200);
    const bad = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query: "{ nope }" }) });
    expect(bad.status).toBe(400);
  } finally {
    child.kill("SIGTERM");
  }
  const code = await closed;
  return { ...output, code };
}

const linesOf = (text: string) => text.split("\n").filter((line) => line.trim() !== "");
const isJson = (line: string) => {
  try {
    return typeof JSON.parse(line) === "object";
  } catch {
    return false;
  }
};

describe("npm start writes one log format per stream", () => {
  it("writes only JSON lines to a stdout that is not a terminal: progress, ready, requests, shutdown", async () => {
    const { stdout, stderr, code } = await runOnce({});
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = linesOf(stdout);
    expect(lines.filter((line) => !isJson(line))).toEqual([]);
    const records = lines.map((line) => JSON.parse(line) as { msg?: string; reqId?: string; level: number });
    const messages = records.map((r) => r.msg ?? "");
    expect(messages.some((m) => /^Warmed \d+ operations/.test(m))).toBe(true);
    expect(messages.some((m) => /^API ready in .*listening on 127\.0\.0\.1:\d+ only/.test(m))).toBe(true);
    expect(messages.slice(-2)).toEqual([
      expect.stringMatching(/^SIGTERM: shutting down/),
      expect.stringMatching(/^Stopped: requests drained/),
    ]);
    // Fastify's request lines (LOG_LEVEL=debug) are among them, naming the request.
    expect(records.filter((r) => r.reqId === "log-format-1").length).toBeGreaterThanOrEqual(2);
  }, 150_000);

  it("writes pretty lines, none of them JSON, with LOG_FORMAT=pretty", async () => {
    const { stdout, code } = await runOnce({ LOG_FORMAT: "pretty" });
    expect(code).toBe(0);
    const lines = linesOf(stdout);
    expect(lines.filter(isJson)).toEqual([]);
    // One record per line: time, level, message (and a request's fields on the same line).
    expect(lines.filter((line) => !/^\[\d\d:\d\d:\d\d\] (TRACE|DEBUG|INFO|WARN|ERROR|FATAL): /.test(line))).toEqual([]);
    expect(lines.some((line) => / INFO: API ready in /.test(line))).toBe(true);
    expect(lines.some((line) => line.includes('"reqId":"log-format-1"'))).toBe(true);
    // No colour codes on a stdout that is not a terminal.
    expect(stdout).not.toContain("\u001b[");
  }, 150_000);
});
