import type { Database } from "../../src/db";
import { bumpGraphVersion } from "../../src/db";
import { degreeOver, DegreeStats } from "../../src/modules/graph";
import { LinkDirection } from "../../src/modules/links";
import { removeAdditionsAndEnsureSeedGraph } from "../support/seed-graph";
import { connectTestDatabase } from "../support/test-database";

/**
 * Degree statistics once per graph version: stored in Neo4j beside the graph version, computed by one
 * process and read by the others. Two DegreeStats on two drivers stand for two API replicas.
 */
describe("degree statistics stored per graph version", () => {
  let first: Database;
  let second: Database;
  const causedByMax = async (stats: DegreeStats) =>
    degreeOver(await stats.current(), ["CAUSED_BY"], LinkDirection.INCOMING)?.max;
  const entries = async (stats: DegreeStats) => [...((await stats.current()) ?? new Map())].sort();

  beforeAll(async () => {
    [first, second] = [connectTestDatabase(), connectTestDatabase()];
    await first.writeStatement("test.forget-stats", "MATCH (s:GraphVersion {id: 'degree-stats'}) DELETE s");
  });
  afterAll(async () => {
    await removeAdditionsAndEnsureSeedGraph(first, "test-");
    await Promise.all([first.close(), second.close()]);
  });

  it("is scanned by one process, read from the store by the other, and read again only after a change", async () => {
    const [a, b] = [new DegreeStats(first, 3_600_000), new DegreeStats(second, 3_600_000)];
    await a.refresh();
    expect(a.counts).toEqual({ scans: 1, loads: 0 });
    await b.refresh();
    expect(b.counts).toEqual({ scans: 0, loads: 1 });
    expect(await entries(b)).toEqual(await entries(a));
    expect((await entries(a)).length).toBeGreaterThan(10);

    // Nothing changed: each check reads the version only, no table.
    await Promise.all([a.refresh(), b.refresh(), a.refresh()]);
    await b.refresh();
    expect([a.counts, b.counts]).toEqual([
      { scans: 1, loads: 0 },
      { scans: 0, loads: 1 },
    ]);
    const versionBefore = b.version;

    // A write (it bumps the graph version in its own transaction) that makes a cause a bigger hub.
    const before = await causedByMax(a);
    await first.write("test.hub-write", async (tx) => {
      await bumpGraphVersion(tx);
    });
    await first.writeStatement(
      "test.hub-write",
      `MATCH (c:Cause) WITH c, COUNT { (c)<-[:CAUSED_BY]-() } AS degree ORDER BY degree DESC, c.id LIMIT 1
       MATCH (a:Ailment) WHERE NOT (a)-[:CAUSED_BY]->(c)
       CREATE (a)-[:CAUSED_BY {evidence: 'C', note: 'test', sources: []}]->(c)`,
    );
    // Both replicas notice at once; one scans, the other waits on its lock and reads what it stored.
    await Promise.all([a.refresh(), b.refresh()]);
    expect(a.counts.scans + b.counts.scans).toBe(2);
    expect(a.counts.loads + b.counts.loads).toBe(2);
    expect(await entries(b)).toEqual(await entries(a));
    expect(await causedByMax(a)).toBeGreaterThan(before!);
    expect(b.version).toBe(versionBefore + 1);
  });

  it("counts a bulk load that does not bump the version as a change (entities and relationships counted)", async () => {
    const stats = new DegreeStats(first, 3_600_000);
    await stats.refresh();
    expect(stats.counts).toEqual({ scans: 0, loads: 1 });
    await first.writeStatement(
      "test.bulk",
      "CREATE (:Entity:Cause {id: 'test-bulk', kind: 'Cause', name: 'bulk', synonyms: [], summary: 'test'})",
    );
    await stats.refresh();
    expect(stats.counts).toEqual({ scans: 1, loads: 1 });
  });
});
