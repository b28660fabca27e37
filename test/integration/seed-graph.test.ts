import type { Database } from "../../src/db";
import { connectTestDatabase } from "../support/test-database";
import { graphCounts } from "../support/graph-fingerprint";

/** What the real seed/ folder must hold once loaded (floors, the seed article's claims, multi-role nodes). */
describe("the seed graph", () => {
  let db: Database;
  // The seed guard (test/support/seed-guard.ts) has put the seed graph in place before this file.
  beforeAll(() => (db = connectTestDatabase()));
  afterAll(async () => db.close());

  const rows = async (cypher: string, params = {}) => db.readStatement("test.seed-graph", cypher, params);
  const count = async (cypher: string, params = {}) => (await rows(cypher, params))[0].count as number;
  const hasPath = async (ids: string[], types: string[]) => {
    const hops = types.map((t, i) => `-[:${t}]->(n${i + 1}:Entity {id: $ids[${i + 1}]})`).join("");
    return (await count(`MATCH (n0:Entity {id: $ids[0]})${hops} RETURN count(*) AS count`, { ids })) > 0;
  };

  it("meets the floor counts", async () => {
    const { labels } = await graphCounts(db);
    expect(labels.Ailment).toBeGreaterThanOrEqual(12);
    expect(labels.Cause).toBeGreaterThanOrEqual(40);
    expect(labels.Therapy).toBeGreaterThanOrEqual(20);
    expect(labels.Contraindication).toBeGreaterThanOrEqual(30);
    expect(await count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS count")).toBeGreaterThanOrEqual(250);
  });

  it("has no orphan and no relationship without an existing source, unless labelled practice-only", async () => {
    expect(await rows("MATCH (n:Entity) WHERE NOT (n)--() RETURN n.id AS id")).toEqual([]);
    const unsourced = await rows(
      `MATCH (a)-[r]->(b)
       WHERE (size(coalesce(r.sources, [])) = 0 AND r.practiceOnly IS NULL)
          OR any(s IN r.sources WHERE NOT EXISTS { MATCH (:Source {id: s}) })
       RETURN a.id AS from, type(r) AS type, b.id AS to`,
    );
    expect(unsourced).toEqual([]);
    // A practice-only link cites nothing and is graded D (issue 27).
    const mislabelled = await rows(
      `MATCH (a)-[r {practiceOnly: true}]->(b) WHERE r.evidence <> 'D' OR size(coalesce(r.sources, [])) > 0
       RETURN a.id AS from, type(r) AS type, b.id AS to`,
    );
    expect(mislabelled).toEqual([]);
  });

  it("holds the source article as a Source node", async () => {
    const [source] = await rows("MATCH (s:Source {id: 'mybestremedies-massage'}) RETURN s {.*} AS s");
    expect(source?.s).toMatchObject({ id: "mybestremedies-massage", title: expect.any(String) });
  });

  it("has the card's path muscle-spasm CAUSED_BY stress TREATED_BY relaxation-massage", async () => {
    expect(await hasPath(["muscle-spasm", "stress", "relaxation-massage"], ["CAUSED_BY", "TREATED_BY"])).toBe(true);
  });

  it("keeps muscle spasm distinct from myofascial trigger points", async () => {
    expect(await hasPath(["muscle-spasm", "myofascial-trigger-points"], ["DISTINCT_FROM"])).toBe(true);
  });

  it("has the pain-spasm-ischemia cycle", async () => {
    const cycle = ["muscle-spasm", "muscle-ischemia", "muscle-pain", "muscle-spasm"];
    expect(await hasPath(cycle, ["LEADS_TO", "LEADS_TO", "LEADS_TO"])).toBe(true);
  });

  it("gives hypertension both roles: treated when mild, an absolute general contraindication when uncontrolled", async () => {
    expect(
      await count("MATCH (:Ailment {id: 'hypertension'})-[:TREATED_BY]->(:Therapy) RETURN count(*) AS count"),
    ).toBeGreaterThan(0);
    const [state] = await rows(
      "MATCH (:Ailment {id: 'hypertension'})-[:PRESENTS_AS]->(c:Contraindication {id: 'uncontrolled-hypertension'}) RETURN c.severity AS severity, c.scope AS scope",
    );
    expect(state).toEqual({ severity: "ABSOLUTE", scope: "GENERAL" });
  });

  it("has stress as one node that is both a cause and an ailment, an ailment first", async () => {
    const nodes = await rows(
      "MATCH (n:Entity) WHERE n.id = 'stress' OR toLower(n.name) = 'stress' RETURN n.id AS id, labels(n) AS labels, n.kind AS kind",
    );
    expect(nodes).toHaveLength(1);
    expect(nodes[0].labels).toEqual(expect.arrayContaining(["Entity", "Cause", "Ailment"]));
    expect(nodes[0].kind).toBe("Ailment");
  });
});
