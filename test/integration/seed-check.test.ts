import type { Database } from "../../src/db";
import { runSeedChecks } from "../../src/seed";
import { ensureSeedGraph } from "../support/seed-graph";
import { connectTestDatabase } from "../support/test-database";

describe("seed:check", () => {
  let db: Database;
  // The seed guard (test/support/seed-guard.ts) has put the seed graph in place before this file.
  beforeAll(() => (db = connectTestDatabase()));
  afterAll(async () => {
    await ensureSeedGraph(db);
    await db.close();
  });

  it("passes on the seed graph", async () => {
    await ensureSeedGraph(db); // the other test damages it, and tests may run in any order
    expect(await runSeedChecks(db)).toEqual([]);
  });

  it("finds each kind of problem in a damaged graph", async () => {
    for (const damage of [
      "CREATE (:Entity:Ailment {id: 'test-lonely', kind: 'Ailment', name: 'Lonely', synonyms: ['CRAMP'], summary: 'x'})",
      "CREATE (:Entity:Therapy {id: 'test-new-massage', kind: 'Therapy', name: 'New massage', category: 'massage', summary: 'x'})",
      "CREATE (:Source {id: 'test-unused', title: 'Unused', publisher: 'P'})",
      // Drawn like the seed's Stress: a Cyrillic capital dze and a zero-width space.
      "CREATE (:Entity:Cause {id: 'test-look-alike', kind: 'Cause', name: '\u0405tr\u200Bess', summary: 'x'})",
      "MATCH (a:Entity {id: 'muscle-spasm'})-[r:CAUSED_BY]->(:Entity {id: 'stress'}) SET r.sources = ['test-gone']",
      // A curated link graded beyond its only source, a consumer page that does not discuss massage.
      "MATCH (:Entity {id: 'migraine'})-[r:TREATED_BY]->(:Entity {id: 'relaxation-massage'}) SET r.evidence = 'A', r.sources = ['mayo-migraine']",
      // Written outside the API: one relationship without link keys, one renamed end not copied into them.
      "MATCH (a:Entity {id: 'muscle-spasm'})-[r:CAUSED_BY]->(:Entity {id: 'stress'}) REMOVE r.fromId, r.toId",
      "MATCH (n:Entity {id: 'migraine'}) SET n.name = 'Migraine headache'",
      // Practice-only beside a source, and a link with neither (issue 27's record rule, in the database).
      "MATCH (:Entity {id: 'muscle-spasm'})-[r:TREATED_BY]->(:Entity {id: 'relaxation-massage'}) SET r.practiceOnly = true",
      "MATCH (:Entity {id: 'anxiety'})-[r:RELATED_TO]->(:Entity {id: 'depression'}) SET r.sources = null",
    ])
      await db.writeStatement("test.damage", damage);
    const found = (await runSeedChecks(db)).map((f) => `${f.check}: ${f.subject}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "orphans: test-lonely",
        "orphans: test-new-massage",
        "unused sources: test-unused",
        "relationships without sources: muscle-spasm -CAUSED_BY-> stress",
        "relationships without sources: muscle-spasm -TREATED_BY-> relaxation-massage",
        "relationships without sources: anxiety -RELATED_TO-> depression",
        "duplicate names or synonyms: cramp",
        "duplicate names or synonyms: stress",
        "ailments without a therapy: test-lonely",
        "ailments without a cause: test-lonely",
        "massage therapies missing an ABSOLUTE GENERAL contraindication: test-new-massage",
        "evidence policy (grade): migraine -TREATED_BY-> relaxation-massage",
        "evidence policy (covers): migraine -TREATED_BY-> relaxation-massage",
        "evidence policy (source): muscle-spasm -CAUSED_BY-> stress",
        "relationships with stale link keys: muscle-spasm -CAUSED_BY-> stress",
        "relationships with stale link keys: migraine -TREATED_BY-> relaxation-massage",
      ]),
    );
  });
});
