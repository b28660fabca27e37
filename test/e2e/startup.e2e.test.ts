import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../../src/util/project-root";

const startScript = join(projectRoot(), "dist", "src", "cli", "start.js");

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
