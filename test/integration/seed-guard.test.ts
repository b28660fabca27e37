import type { Database } from "../../src/db";
import { ensureSeedGraph, graphDigest, SEED_FINGERPRINT_VARIABLE } from "../support/seed-graph";
import { connectTestDatabase } from "../support/test-database";

describe("the seed-graph guard every database test file runs first", () => {
  let db: Database;
  beforeAll(() => (db = connectTestDatabase()));
  afterAll(() => db.close());

  it("finds the seed graph in place (the guard ran before this file) and leaves it alone", async () => {
    expect(await graphDigest(db)).toBe(process.env[SEED_FINGERPRINT_VARIABLE]);
    expect(await ensureSeedGraph(db)).toBe(false);
  });

  it("reloads the seed when a file left one property changed, one node added or one relationship removed", async () => {
    const changes = [
      "MATCH (n:Entity {id: 'muscle-spasm'}) SET n.summary = 'changed by a test'",
      "CREATE (:Entity:Ailment {id: 'left-behind', name: 'Left behind', kind: 'Ailment'})",
      "MATCH (:Entity {id: 'muscle-spasm'})-[r:CAUSED_BY]->(:Entity {id: 'stress'}) DELETE r",
    ];
    for (const change of changes) {
      await db.writeStatement("test.change", change);
      expect(await graphDigest(db)).not.toBe(process.env[SEED_FINGERPRINT_VARIABLE]);
      expect(await ensureSeedGraph(db)).toBe(true);
      expect(await graphDigest(db)).toBe(process.env[SEED_FINGERPRINT_VARIABLE]);
    }
  });
});
