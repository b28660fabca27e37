import { execFile } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../../src/util";
import { cleanUpSoakData } from "../../soak/cleanup";
import { nextRequest, SOAK_IDS } from "../../soak/mix";
import { graphql, startTestServer, TestServer } from "../support/test-server";

/** The soak command in a short run against the real server (CI's soak). */
describe("npm run soak", () => {
  const KEY = "soak-test-curator-key-0123456789";
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ CURATOR_API_KEYS: KEY, MAX_QUEUE_WAIT_MS: "30000" })));
  afterAll(async () => server.close());

  const soakEntities = async () =>
    Number(
      (
        await server.db.readStatement<{ n: number }>(
          "test.soak-entities",
          "MATCH (n:Entity) WHERE n.id STARTS WITH 'zz-soak-' RETURN count(n) AS n",
        )
      )[0].n,
    );

  it("prints requests, answers by code, p95 and RSS at start, middle and end, and passes", async () => {
    // Asynchronously: the server under test runs in this very process and must keep answering.
    const args = [
      join(projectRoot(), "dist", "soak", "soak.js"),
      "--url",
      server.url,
      "--duration",
      "6",
      "--connections",
      "4",
      "--api-key",
      KEY,
      "--pid",
      String(process.pid),
      "--write-ratio",
      "0.2",
      "--attack-ratio",
      "0.2",
    ];
    const run = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, args, { encoding: "utf8", timeout: 120_000 }, (error, stdout, stderr) =>
        resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(run.stderr).toContain("Soak: 6 s, 4 connections");
    expect(run.stdout).toMatch(/^requests: \d+ in \d+ s/m);
    expect(run.stdout).toMatch(/^answers: ok \d+/m);
    expect(run.stdout).toMatch(/attack refused \(QUERY_TOO_COMPLEX\) \d+/);
    expect(run.stdout).toMatch(/p95 \d+\.\d/);
    expect(run.stdout).toMatch(/API RSS: start \d+ MB, after warm-up \(20%\) \d+ MB, middle \d+ MB, end \d+ MB/);
    expect(run.stdout).toContain("OK: no errors other than shed 503s and refused attacks");
    expect(run.stdout).toMatch(/^clean-up: deleted \d+ soak entities, \d+ never written$/m);
    expect(run.status).toBe(0);
    expect(await soakEntities()).toBe(0);
  }, 150_000);

  it("its clean-up deletes every entity the soak's writes create, and says which it never wrote", async () => {
    for (const i of SOAK_IDS.keys()) {
      const write = nextRequest(i, { writeRatio: 1, attackRatio: 0, canWrite: true });
      const response = await graphql(server.url, write.query, write.variables, { authorization: `Bearer ${KEY}` });
      expect(response.errors).toBeUndefined();
    }
    expect(await soakEntities()).toBe(SOAK_IDS.length);
    expect(await cleanUpSoakData(server.url, KEY)).toEqual({ deleted: SOAK_IDS, absent: [], failed: [] });
    expect(await soakEntities()).toBe(0);
    expect(await cleanUpSoakData(server.url, KEY)).toEqual({ deleted: [], absent: SOAK_IDS, failed: [] });
    // A refused delete is a failure, not silence.
    const refused = await cleanUpSoakData(server.url, "not-a-curator-key-0123456789");
    expect(refused.failed).toEqual(SOAK_IDS.map((id) => ({ id, problem: "UNAUTHENTICATED" })));
  });
});
