import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnStart, startScript } from "../support/start-script";

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, [startScript], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("npm start with a bad configuration", () => {
  it.each([
    ["PORT", "not-a-port"],
    ["NEO4J_URI", "http://localhost:7474"],
    ["NEO4J_BOLT_PORT", "99999"],
    // 40 x 2 database calls per request exceed the pool of 50.
    ["MAX_CONCURRENT_REQUESTS", "40"],
  ])("stops with one line naming %s", (variable, value) => {
    const result = start({ [variable]: value });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(variable);
    expect(lines[0]).toMatch(/^Configuration error: /);
  });
});

describe("npm start on a busy port", () => {
  it("refuses in one line before it starts Neo4j", async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const port = (busy.address() as { port: number }).port;
    const dataDir = mkdtempSync(join(tmpdir(), "massage-graph-busy-port-"));
    try {
      const startedAt = Date.now();
      // NEO4J_URI unset: the local Neo4j would be started in dataDir, had the port not been checked first.
      const { output, closed } = spawnStart({
        NEO4J_URI: "",
        NEO4J_DATA_DIR: dataDir,
        PORT: String(port),
        HOST: "127.0.0.1",
      });
      const code = await closed;
      const { stdout, stderr } = output;
      expect(code).toBe(1);
      expect(Date.now() - startedAt).toBeLessThan(15_000);
      expect(stderr.trim().split("\n")).toEqual([
        `PORT ${port} on 127.0.0.1 is already in use by another process; stop it or choose another port.`,
      ]);
      expect(stdout).not.toMatch(/Neo4j/);
      expect(existsSync(dataDir) ? readdirSync(dataDir) : []).toEqual([]);
    } finally {
      busy.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
