import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db";
import { createContext } from "../../src/graphql";
import { DISCLAIMER } from "../../src/modules/recommendation";
import type { RecommendationsRecord } from "../../src/modules/recommendation";
import { connectTestDatabase } from "../support/test-database";

describe("recommendTherapies over the seed graph", () => {
  let db: Database;
  // Most tests answer the one question muscle spasm raises (is it guarding a fresh injury?), so
  // their therapies are definite; the questions themselves are tested in recommendation-model.test.ts.
  const noSplint = ["splinting-spasm-acute-injury"];
  const recommend = (
    ailments: string[],
    conditions: string[] = [],
    first = 50,
    ruledOutStates = noSplint,
  ): Promise<RecommendationsRecord> =>
    createContext({ db, config: loadConfig(), viewer: null }).services.recommendations.recommend({
      ailments,
      conditions,
      first,
      ruledOutStates,
    });
  const ids = (list: { therapy: { id: string } }[]) => list.map((x) => x.therapy.id);

  beforeAll(() => (db = connectTestDatabase()));
  afterAll(() => db.close());

  it("recommends relaxation massage and ice massage for muscle spasm, each with the paths that justify it", async () => {
    const result = await recommend(["muscle-spasm"]);
    expect(ids(result.items)).toEqual(expect.arrayContaining(["relaxation-massage", "ice-massage"]));
    expect(result.excluded).toEqual([]);
    expect(result.disclaimer).toBe(DISCLAIMER);
    const relaxation = result.items.find((i) => i.therapy.id === "relaxation-massage")!;
    expect(relaxation.addresses.map((a) => a.id)).toEqual(["muscle-spasm"]);
    const explanations = relaxation.why.map((p) => p.explanation);
    expect(explanations).toContain("Muscle spasm is treated by Relaxation massage.");
    expect(explanations).toContain("Muscle spasm is caused by Stress, which is treated by Relaxation massage.");
    const viaStress = relaxation.why.find(
      (p) => p.nodes.map((n) => n.id).join(">") === "muscle-spasm>stress>relaxation-massage",
    )!;
    expect(viaStress.relationships.map((r) => r.type)).toEqual(["CAUSED_BY", "TREATED_BY"]);
    expect(viaStress.relationships.every((r) => r.sourceIds.length > 0)).toBe(true);
    const ice = result.items.find((i) => i.therapy.id === "ice-massage")!;
    expect(ice.why[0].explanation).toBe("Muscle spasm is treated by Ice massage.");
  });

  it("orders by score, then name, and honours first", async () => {
    const all = await recommend(["muscle-spasm", "migraine"]);
    for (let i = 1; i < all.items.length; i++) {
      const [a, b] = [all.items[i - 1], all.items[i]];
      expect(a.score > b.score || (a.score === b.score && a.therapy.name.localeCompare(b.therapy.name) <= 0)).toBe(
        true,
      );
    }
    const top = await recommend(["muscle-spasm", "migraine"], [], 3);
    expect(ids(top.items)).toEqual(ids(all.items).slice(0, 3));
    expect(await recommend(["migraine", "muscle-spasm"])).toEqual(all);
  });

  it("attaches a state of the requested ailment that nobody answered as a precaution 'if it applies', and asks about it", async () => {
    const result = await recommend(["muscle-spasm"], [], 50, []);
    const relaxation = result.items.find((i) => i.therapy.id === "relaxation-massage")!;
    expect(relaxation.precautions.map((p) => p.id)).toContain("splinting-spasm-acute-injury");
    expect(relaxation.precautionNotes.join(" ")).toContain("a state Muscle spasm may present as; if it applies");
    expect(relaxation.dependsOn).toContain("state:splinting-spasm-acute-injury");
    expect(result.questions.map((q) => q.id)).toContain("state:splinting-spasm-acute-injury");
  });

  it("conditions=[fever] moves the massage therapies into excluded, naming fever", async () => {
    const result = await recommend(["muscle-spasm"], ["fever"]);
    expect(ids(result.excluded)).toEqual(
      expect.arrayContaining(["relaxation-massage", "ice-massage", "circulatory-massage"]),
    );
    expect(ids(result.items)).not.toContain("relaxation-massage");
    for (const e of result.excluded) {
      expect(e.because.map((c) => c.id)).toEqual(["fever"]);
      expect(e.reasons[0]).toMatch(/Fever/);
    }
    expect(ids(result.items)).toContain("stretching");
  });

  // Changed by issue 25: techniques defined by deep pressure are excluded (pregnancy allows moderate pressure).
  it("conditions=[pregnancy] keeps the gentle therapies with the pregnancy precaution, excludes deep-pressure ones", async () => {
    const result = await recommend(["muscle-spasm"], ["pregnancy"]);
    expect(result.excluded.length).toBeGreaterThan(0);
    for (const e of result.excluded) {
      expect({ id: e.therapy.id, pressure: e.therapy.pressure }).toEqual({ id: e.therapy.id, pressure: "DEEP" });
      expect(e.reasons.join(" ")).toMatch(/deep or sustained pressure, and only moderate pressure is safe/);
    }
    const relaxation = result.items.find((i) => i.therapy.id === "relaxation-massage")!;
    expect(relaxation.precautions[0]).toMatchObject({ id: "pregnancy", severity: "PRECAUTION", scope: "GENERAL" });
    expect(relaxation.precautionNotes[0]).toContain("Pregnancy (precaution, general), which applies (you named it)");
    const ice = result.items.find((i) => i.therapy.id === "ice-massage")!;
    expect(ice.precautions.map((p) => p.id)).not.toContain("pregnancy");
  });

  // Changed by issue 15: an ailment named as a condition no longer applies its worst state; its
  // states are asked (questions), and the therapies they would exclude wait on the answer.
  it("conditions=[hypertension] asks about its states instead of assuming the worst, and the answer settles it", async () => {
    const result = await recommend(["muscle-spasm"], ["hypertension"]);
    expect(result.appliedConditions).toEqual([]);
    expect(result.questions.map((q) => q.id)).toEqual(
      expect.arrayContaining(["state:uncontrolled-hypertension", "state:controlled-hypertension"]),
    );
    expect(ids(result.items)).not.toContain("relaxation-massage");
    expect(result.conditional.find((i) => i.therapy.id === "relaxation-massage")!.dependsOn).toContain(
      "state:uncontrolled-hypertension",
    );
    const uncontrolled = await createContext({
      db,
      config: loadConfig(),
      viewer: null,
    }).services.recommendations.recommend({
      ailments: ["muscle-spasm"],
      conditions: ["hypertension"],
      confirmedStates: ["uncontrolled-hypertension"],
      ruledOutStates: noSplint,
      first: 50,
    });
    expect(uncontrolled.excluded.find((e) => e.therapy.id === "relaxation-massage")!.because.map((c) => c.id)).toEqual([
      "uncontrolled-hypertension",
    ]);
    // The finer answer: a person who knows theirs is controlled keeps the therapy, with a precaution.
    const controlled = await recommend(["muscle-spasm"], ["controlled-hypertension"]);
    const kept = controlled.items.find((i) => i.therapy.id === "relaxation-massage")!;
    expect(kept.precautions.map((p) => p.id)).toContain("controlled-hypertension");
  });

  describe("a session that INCLUDES a technique the conditions rule out", () => {
    // A therapy of this test's own (removed afterwards), since every seed session carries its parts' contraindications itself.
    beforeAll(() =>
      db.writeStatement(
        "test.session",
        `MATCH (spasm:Entity {id: 'muscle-spasm'}), (part:Entity {id: 'relaxation-massage'})
                CREATE (t:Entity:Therapy {id: 'test-rec-session', kind: 'Therapy', name: 'Test recommendation session', synonyms: [], summary: 'test'})
                CREATE (spasm)-[:TREATED_BY {evidence: 'A', sources: []}]->(t)
                CREATE (t)-[:INCLUDES {sources: []}]->(part)`,
      ),
    );
    afterAll(() =>
      db.writeStatement("test.session.cleanup", "MATCH (t:Entity {id: 'test-rec-session'}) DETACH DELETE t"),
    );

    it("is excluded too, naming the included technique", async () => {
      expect(ids((await recommend(["muscle-spasm"])).items)).toContain("test-rec-session");
      const result = await recommend(["muscle-spasm"], ["fever"]);
      const session = result.excluded.find((e) => e.therapy.id === "test-rec-session")!;
      expect(session.because.map((c) => c.id)).toEqual(["fever"]);
      expect(session.reasons[0]).toContain("it includes Relaxation massage");
      expect(ids(result.items)).not.toContain("test-rec-session");
    });
  });

  // Changed by issue 15: items are free text (ids, names, synonyms); one that names nothing is bad input.
  it("rejects texts that name nothing, and ids of the wrong kind, with BAD_USER_INPUT naming each argument", async () => {
    await expect(recommend(["muscle-spasm", "no-such-ailment"], ["no-such-condition"])).rejects.toMatchObject({
      extensions: {
        code: "BAD_USER_INPUT",
        ids: ["no-such-ailment", "no-such-condition"],
        fields: [
          { field: "ailments", messages: [expect.stringContaining('"no-such-ailment" names no ailment')] },
          { field: "conditions", messages: [expect.stringContaining('"no-such-condition" names no condition')] },
        ],
      },
    });
    await expect(recommend(["relaxation-massage"])).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", fields: [expect.objectContaining({ field: "ailments" })] },
    });
    await expect(recommend(["muscle-spasm"], ["ice-massage"])).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", fields: [expect.objectContaining({ field: "conditions" })] },
    });
  });
});
