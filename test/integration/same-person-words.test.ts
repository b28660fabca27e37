import type { Database } from "../../src/db";
import type { RecommendationsRecord } from "../../src/modules/recommendation";
import { recommendWith } from "../support/recommend";
import { connectTestDatabase } from "../support/test-database";

/**
 * Same person, different words (issue 25): a condition named by its id, its name or any of its
 * synonyms brings the same red flags and the same questions, for every condition of the seed; and
 * two ids for one state of a person (a cause and the ailment of its recovery) bring the same.
 */
describe("warnings follow the person, not the word", () => {
  let db: Database;
  type Row = Record<string, any>;
  const rows = (query: string) => db.readStatement<Row>("test.words", query, {});
  const recommendFor = recommendWith(() => db);
  const recommend = (conditions: string[]) => recommendFor({ ailments: ["low-back-pain"], conditions, first: 10 });
  const warnings = (r: RecommendationsRecord) => ({
    redFlags: r.redFlags.map((f) => f.redFlag.id).sort(),
    questions: r.questions.map((q) => q.id).sort(),
  });

  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(() => db.close());

  it("gives identical red flags and questions for every id, name and synonym of every condition", async () => {
    // Conditions a person may name: contraindications, ailments, and causes that present as states.
    const conditions = await rows(
      `MATCH (n:Entity)
       WHERE (n:Contraindication OR n:Ailment OR (n:Cause AND (n)-[:PRESENTS_AS]->()))
         AND size(coalesce(n.synonyms, [])) > 0 AND coalesce(n.mechanism, false) = false
       RETURN n.id AS id, n.name AS name, n.synonyms AS synonyms ORDER BY id`,
    );
    expect(conditions.length).toBeGreaterThan(60);
    const differences: string[] = [];
    for (const c of conditions) {
      const expected = warnings(await recommend([c.id]));
      for (const word of [c.name, ...c.synonyms]) {
        const got = warnings(await recommend([word]));
        if (JSON.stringify(got) !== JSON.stringify(expected))
          differences.push(`${c.id} named "${word}": ${JSON.stringify(got)} vs ${JSON.stringify(expected)}`);
      }
    }
    expect(differences).toEqual([]);
  }, 300_000);

  it("gives the same warnings for breast cancer surgery named as a cause or as its recovery", async () => {
    const cause = warnings(await recommend(["breast-cancer-surgery"]));
    const ailment = warnings(await recommend(["breast-surgery-recovery"]));
    expect(cause).toEqual(ailment);
  });

  it("brings the chemotherapy fever warning whichever of its three names a person uses", async () => {
    for (const word of ["recent-chemotherapy", "chemotherapy", "cancer-treatment", "cancer-related-symptoms"]) {
      const r = await recommend([word]);
      expect({ word, flags: r.redFlags.map((f) => f.redFlag.id) }).toEqual({
        word,
        flags: expect.arrayContaining(["fever-during-chemotherapy"]),
      });
    }
  });
});
