import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db";
import { createContext } from "../../src/graphql";
import { ensureSeedGraph } from "../support/seed-graph";
import { connectTestDatabase } from "../support/test-database";

/** Path and relatedness semantics, and negative evidence (issue 15). */
describe("what paths, relatedness and evidence mean", () => {
  let db: Database;
  const services = () => createContext({ db, config: loadConfig(), viewer: null }).services;

  // The seed guard (test/support/seed-guard.ts) has put the seed graph in place before this file.
  beforeAll(() => (db = connectTestDatabase()));
  afterAll(async () => {
    await ensureSeedGraph(db);
    await db.close();
  });

  it("cause-treatment paths treat the ailment's causes, never another ailment that brings a cause on", async () => {
    const paths = await services().paths.causeTreatmentPaths({ from: "muscle-spasm", first: 100, maxHops: 6 });
    const explanations = paths.map((p) => p.explanation);
    expect(explanations).toContain("Muscle spasm is caused by Stress, which is treated by Relaxation massage.");
    expect(
      explanations.filter((e) =>
        /Degenerative disc disease|Muscle pain|Myofascial trigger points|Muscle ischemia/.test(e),
      ),
    ).toEqual([]);
    for (const path of paths) for (const node of path.nodes.slice(1, -1)) expect(node.roles).toContain("CAUSE");
    // Stress plays both roles: as a cause of a cause it still counts.
    expect(explanations).toContain(
      "Muscle spasm is caused by Sympathetic nervous system tone, which is brought on by Stress, which is treated by Relaxation massage.",
    );
  });

  it("related ailments weigh a shared cause by how specific it is, and generic factors never relate two alone", async () => {
    const related = await services().relatedAilments.related({ id: "hypertension", first: 20 });
    // Disc disease, OA and RA share only ageing, obesity, smoking and family history with hypertension:
    // none is related; stress, anxiety and insomnia are, through explicit links (issue 31). Stress and
    // anxiety tie (their links weigh alike, and the family history anxiety shares weighs nothing), both
    // graded D since the unlocatable textbook left the stress link (issue 27); ties go by grade, then name.
    const ids = related.map((r) => r.ailment.id);
    expect(ids.slice(0, 2).sort()).toEqual(["anxiety", "stress"]);
    expect(ids.slice(2)).toEqual(["insomnia"]);
    const osteoarthritis = await services().relatedAilments.related({ id: "osteoarthritis", first: 20 });
    const ddd = osteoarthritis.find((r) => r.ailment.id === "degenerative-disc-disease")!;
    expect(ddd.reasons).toContainEqual(expect.stringMatching(/^Both are more common with .*ageing/));
    expect(ddd.reasons[0]).toBe("Osteoarthritis and degenerative disc disease are closely related");
  });

  describe("negative and insufficient evidence", () => {
    beforeAll(() =>
      db.writeStatement(
        "test.negative",
        `MATCH (stress:Entity {id: 'stress'}), (cortisol:Entity {id: 'elevated-cortisol'}), (relax:Entity {id: 'relaxation-massage'})
                CREATE (t:Entity:Therapy {id: 'test-aroma', kind: 'Therapy', name: 'Test aromatherapy', synonyms: [], summary: 'test'})
                CREATE (stress)-[:TREATED_BY {evidence: 'B', outcome: 'no-benefit', note: 'Trials found no effect.', sources: ['nccih-massage-therapy']}]->(t)
                CREATE (stress)-[:PREVENTED_BY {evidence: 'C', outcome: 'insufficient', note: 'Studied without a usable answer.', sources: ['nccih-massage-therapy']}]->(relax)
                WITH cortisol, relax
                MATCH (cortisol)-[r:TREATED_BY]->(relax) SET r.outcome = 'no-benefit'`,
      ),
    );
    // The tests outside this block expect the seed's evidence, and --randomize may run them after it.
    afterAll(async () => void (await ensureSeedGraph(db)));

    it("is shown under notSupported and never recommended", async () => {
      const result = await services().recommendations.recommend({ ailments: ["stress"], first: 50 });
      expect(result.notSupported.map((n) => [n.therapy.id, n.about.id, n.outcome, n.relation.type])).toEqual([
        ["relaxation-massage", "elevated-cortisol", "NO_BENEFIT", "TREATED_BY"],
        ["relaxation-massage", "stress", "INSUFFICIENT", "PREVENTED_BY"],
        ["test-aroma", "stress", "NO_BENEFIT", "TREATED_BY"],
      ]);
      const shown = [...result.items, ...result.conditional];
      expect(shown.map((i) => i.therapy.id)).not.toContain("test-aroma");
      const relaxation = shown.find((i) => i.therapy.id === "relaxation-massage")!;
      expect(relaxation.why.flatMap((p) => p.nodes.map((n) => n.id))).not.toContain("elevated-cortisol");
    });
  });
});
