import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db";
import { createContext } from "../../src/graphql";
import type { RecommendArgs, RecommendationsRecord } from "../../src/modules/recommendation";
import { Stage } from "../../src/modules/entity";
import { connectTestDatabase } from "../support/test-database";

/** The clinical model of issue 15, case by case, with the examples a reviewer would check. */
describe("recommendTherapies: the clinical model", () => {
  let db: Database;
  const recommend = (args: Partial<RecommendArgs> & { ailments: string[] }): Promise<RecommendationsRecord> =>
    createContext({ db, config: loadConfig(), viewer: null }).services.recommendations.recommend({
      first: 50,
      ...args,
    });
  const ids = (list: { therapy: { id: string } }[]) => list.map((x) => x.therapy.id);
  const questionIds = (r: RecommendationsRecord) => r.questions.map((q) => q.id);
  const flagIds = (r: RecommendationsRecord) => r.redFlags.map((f) => f.redFlag.id);
  /** Everything about safety: red flags, applied states, questions, and each therapy's verdict. */
  const safety = (r: RecommendationsRecord) => ({
    redFlags: flagIds(r),
    applied: r.appliedConditions.map((c) => c.id),
    verdicts: Object.fromEntries(
      [
        ...r.items.map((i) => [i.therapy.id, { kind: "item", precautions: i.precautions.map((p) => p.id).sort() }]),
        ...r.conditional.map((i) => [
          i.therapy.id,
          { kind: "conditional", precautions: i.precautions.map((p) => p.id).sort() },
        ]),
        ...r.excluded.map((e) => [e.therapy.id, { kind: "excluded", because: e.because.map((c) => c.id).sort() }]),
      ].sort(),
    ),
  });
  const common = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(a).filter(([id]) => id in b));

  beforeAll(() => (db = connectTestDatabase()));
  afterAll(() => db.close());

  describe("one meaning for a person's situation", () => {
    it.each(["hypertension", "migraine", "rheumatoid-arthritis", "systemic-lupus-erythematosus", "breast-lymphedema"])(
      "%s gives the same safety answer named as an ailment or as a condition",
      async (ailment) => {
        const asAilment = safety(await recommend({ ailments: ["stress", ailment] }));
        const asCondition = safety(await recommend({ ailments: ["stress"], conditions: [ailment] }));
        expect(asCondition.redFlags).toEqual(asAilment.redFlags);
        expect(asCondition.applied).toEqual(asAilment.applied);
        expect(common(asCondition.verdicts, asAilment.verdicts)).toEqual(
          common(asAilment.verdicts, asCondition.verdicts),
        );
        expect(Object.keys(common(asCondition.verdicts, asAilment.verdicts)).length).toBeGreaterThan(0);
      },
    );

    it("changes nothing at all when an asked ailment is also named as a condition", async () => {
      for (const ailment of ["hypertension", "muscle-strain", "rheumatoid-arthritis"]) {
        expect(await recommend({ ailments: [ailment], conditions: [ailment] })).toEqual(
          await recommend({ ailments: [ailment] }),
        );
      }
    });

    it("hypertension: never assumes controlled or uncontrolled; asks, and keeps relaxation massage out of the plain list until answered", async () => {
      const open = await recommend({ ailments: ["hypertension"] });
      expect(ids(open.items)).not.toContain("relaxation-massage");
      const uncontrolled = open.questions.find((q) => q.id === "state:uncontrolled-hypertension")!;
      expect(uncontrolled).toMatchObject({ kind: "STATE", text: expect.stringMatching(/blood pressure high/) });
      expect(uncontrolled.effect).toMatch(/^If yes: relaxation massage.* must not be given at all/);
      expect(uncontrolled.therapies.map((t) => t.id)).toContain("relaxation-massage");
      expect(open.conditional.find((c) => c.therapy.id === "relaxation-massage")!.dependsOn).toContain(
        "state:uncontrolled-hypertension",
      );

      const controlled = await recommend({ ailments: ["hypertension"], confirmedStates: ["controlled-hypertension"] });
      expect(controlled.questions.filter((q) => !q.intake)).toEqual([]);
      expect(controlled.items[0].therapy.id).toBe("relaxation-massage");
      expect(controlled.items[0].precautions.map((p) => p.id)).toEqual(["controlled-hypertension"]);

      const severe = await recommend({ ailments: ["hypertension"], confirmedStates: ["uncontrolled-hypertension"] });
      expect(ids(severe.excluded)).toEqual(expect.arrayContaining(["relaxation-massage", "therapeutic-exercise"]));
      expect([...ids(severe.items), ...ids(severe.conditional)]).not.toContain("relaxation-massage");
    });

    it("the states of one group exclude each other: confirming two is bad input", async () => {
      await expect(
        recommend({
          ailments: ["hypertension"],
          confirmedStates: ["controlled-hypertension", "uncontrolled-hypertension"],
        }),
      ).rejects.toMatchObject({
        extensions: { code: "BAD_USER_INPUT", fields: [{ field: "confirmedStates" }] },
      });
    });

    it("rheumatoid arthritis: a flare is asked, and ruling out the acute states (or giving the stage) gives the between-flares therapies", async () => {
      const open = await recommend({ ailments: ["rheumatoid-arthritis"] });
      expect(questionIds(open)).toEqual(
        expect.arrayContaining(["state:autoimmune-flare", "state:acute-joint-inflammation"]),
      );
      expect(ids(open.items)).not.toContain("relaxation-massage");
      const between = await recommend({
        ailments: ["rheumatoid-arthritis"],
        ruledOutStates: ["autoimmune-flare", "acute-joint-inflammation"],
      });
      const chronic = await recommend({
        ailments: ["rheumatoid-arthritis"],
        stages: [{ ailment: "rheumatoid-arthritis", stage: Stage.CHRONIC }],
      });
      expect(ids(between.items)).toEqual(
        expect.arrayContaining(["relaxation-massage", "range-of-motion-exercise", "heat-therapy"]),
      );
      expect(ids(chronic.items)).toEqual(ids(between.items));
      const flaring = await recommend({ ailments: ["rheumatoid-arthritis"], confirmedStates: ["autoimmune-flare"] });
      expect([...ids(flaring.items), ...ids(flaring.conditional)]).not.toContain("relaxation-massage");
      expect(flaring.excluded.find((e) => e.therapy.id === "relaxation-massage")!.because.map((c) => c.id)).toContain(
        "autoimmune-flare",
      );
    });

    it("migraine: an attack in progress is asked; the stage ACUTE confirms it and excludes massage", async () => {
      expect(questionIds(await recommend({ ailments: ["migraine"] }))).toContain("state:migraine-attack-in-progress");
      const attack = await recommend({ ailments: ["migraine"], stages: [{ ailment: "migraine", stage: Stage.ACUTE }] });
      expect(attack.appliedConditions.map((c) => c.id)).toContain("migraine-attack-in-progress");
      expect(ids(attack.excluded)).toContain("relaxation-massage");
    });

    it("SLE and lymphoedema: their whole-body states are questions, and the drainage waits on them", async () => {
      expect(questionIds(await recommend({ ailments: ["systemic-lupus-erythematosus"] }))).toEqual(
        expect.arrayContaining(["state:autoimmune-flare", "state:fever"]),
      );
      const lymph = await recommend({ ailments: ["breast-lymphedema"] });
      expect(questionIds(lymph)).toEqual(
        expect.arrayContaining(["state:cellulitis", "state:deep-vein-thrombosis", "state:cardiac-edema"]),
      );
      expect(ids(lymph.items)).not.toContain("manual-lymphatic-drainage");
      expect(ids(lymph.conditional)).toContain("manual-lymphatic-drainage");
      // Its local states (the scar, irradiated skin) are the area drainage works on: asked too.
      const whole = await recommend({
        ailments: ["breast-lymphedema"],
        ruledOutStates: ["cellulitis", "deep-vein-thrombosis", "cardiac-edema"],
      });
      expect(whole.conditional.find((c) => c.therapy.id === "manual-lymphatic-drainage")!.dependsOn).toEqual(
        expect.arrayContaining(["state:radiation-inflamed-skin", "state:recent-surgery-site"]),
      );
      const clear = await recommend({
        ailments: ["breast-lymphedema"],
        ruledOutStates: [
          "cellulitis",
          "deep-vein-thrombosis",
          "cardiac-edema",
          "radiation-inflamed-skin",
          "recent-surgery-site",
        ],
      });
      expect(ids(clear.items)).toContain("manual-lymphatic-drainage");
    });
  });

  describe("stage and site", () => {
    it("an acute strain site excludes the therapies that work on the strain: rest, cold and gentle movement first", async () => {
      const result = await recommend({ ailments: ["muscle-strain"], conditions: ["acute-strain-site"] });
      expect([...ids(result.items), ...ids(result.conditional)]).not.toContain("deep-tissue-massage");
      expect(ids(result.items)).toEqual(expect.arrayContaining(["rest", "cold-therapy"]));
      const deep = result.excluded.find((e) => e.therapy.id === "deep-tissue-massage")!;
      expect(deep.because.map((c) => c.id)).toEqual(["acute-strain-site"]);
      expect(deep.reasons[0]).toMatch(
        /state of Muscle strain, the ailment being treated: Deep tissue massage works on that very area/,
      );
    });

    it("the stage given decides which direct treatments apply: deep work later, rest and cold only when acute", async () => {
      const later = await recommend({
        ailments: ["muscle-strain"],
        stages: [{ ailment: "muscle-strain", stage: Stage.SUBACUTE }],
      });
      expect(ids(later.items)).toEqual(expect.arrayContaining(["deep-tissue-massage", "range-of-motion-exercise"]));
      expect([...ids(later.items), ...ids(later.conditional)]).not.toContain("rest");
      expect(later.appliedConditions).toEqual([]);
      const acute = await recommend({
        ailments: ["muscle-strain"],
        stages: [{ ailment: "muscle-strain", stage: Stage.ACUTE }],
      });
      expect(acute.appliedConditions.map((c) => c.id)).toEqual(["acute-strain-site"]);
      expect(ids(acute.excluded)).toContain("deep-tissue-massage");
    });

    it("without a stage, the therapies that depend on it are conditional and the question says what each stage brings", async () => {
      const open = await recommend({ ailments: ["muscle-pain"] });
      const stage = open.questions.find((q) => q.id === "stage:muscle-pain")!;
      expect(stage).toMatchObject({ kind: "STAGE", stages: ["ACUTE", "SUBACUTE", "CHRONIC"] });
      expect(stage.effect).toContain("Acute: cold therapy");
      expect(open.conditional.find((c) => c.therapy.id === "cold-therapy")!.dependsOn).toEqual(["stage:muscle-pain"]);
    });

    it("refuses a stage for an ailment that is not in the situation, ANY, or two different stages", async () => {
      for (const stages of [
        [{ ailment: "migraine", stage: Stage.ACUTE }],
        [{ ailment: "muscle-strain", stage: Stage.ANY }],
        [
          { ailment: "muscle-strain", stage: Stage.ACUTE },
          { ailment: "pulled muscle", stage: Stage.CHRONIC },
        ],
      ]) {
        await expect(recommend({ ailments: ["muscle-strain"], stages })).rejects.toMatchObject({
          extensions: { code: "BAD_USER_INPUT", fields: [{ field: "stages" }] },
        });
      }
    });
  });

  describe("red flags", () => {
    it.each([
      [
        "muscle-spasm",
        ["calf-or-arm-clot-signs", "breathless-with-swollen-leg", "leg-pain-on-walking", "cold-pale-painful-limb"],
      ],
      ["intrinsic-muscle-spasm", ["severe-abdominal-pain-signs"]],
      ["degenerative-disc-disease", ["cauda-equina-signs"]],
      ["migraine", ["thunderclap-headache", "headache-fever-stiff-neck", "stroke-signs"]],
      ["osteoarthritis", ["hot-swollen-joint-with-fever"]],
      ["rheumatoid-arthritis", ["hot-swollen-joint-with-fever"]],
      ["breast-lymphedema", ["swollen-limb-red-hot-or-feverish"]],
      ["hypertension", ["very-high-blood-pressure-with-symptoms", "chest-pain-or-pressure"]],
    ])("%s comes with its red flags, most urgent first", async (ailment, expected) => {
      const result = await recommend({ ailments: [ailment] });
      expect(flagIds(result)).toEqual(expect.arrayContaining(expected));
      const order = ["EMERGENCY", "SAME_DAY", "SOON"];
      const urgencies = result.redFlags.map((f) => order.indexOf(f.redFlag.urgency!));
      expect(urgencies).toEqual([...urgencies].sort((a, b) => a - b));
      for (const f of result.redFlags) expect(f.redFlag.action).toBeTruthy();
    });

    it("every ailment of the seed has at least one red flag, and a condition's red flags come too", async () => {
      const ailments = await db.readStatement<{ id: string }>(
        "t",
        "MATCH (a:Ailment) WHERE NOT (a)-[:HAS_RED_FLAG]->() RETURN a.id AS id",
      );
      expect(ailments.map((r) => r.id)).toEqual([]);
      expect(flagIds(await recommend({ ailments: ["stress"], conditions: ["hypertension"] }))).toContain(
        "very-high-blood-pressure-with-symptoms",
      );
    });
  });

  describe("path semantics", () => {
    it("stress is not recommended ice massage through sympathetic tone, nor colon spasm", async () => {
      for (const ailment of ["stress", "intrinsic-muscle-spasm"]) {
        const r = await recommend({ ailments: [ailment] });
        expect([...ids(r.items), ...ids(r.conditional), ...ids(r.excluded)]).not.toContain("ice-massage");
      }
    });
  });

  describe("vocabulary", () => {
    it("reads names and synonyms as the entity a person means: dvt, infection, breast cancer surgery, high blood pressure", async () => {
      const result = await recommend({
        ailments: ["High blood pressure"],
        conditions: ["dvt", "infection", "breast-cancer-surgery"],
      });
      expect(result.appliedConditions.map((c) => c.id)).toEqual(["deep-vein-thrombosis"]);
      expect(ids(result.excluded)).toContain("relaxation-massage");
      const asked = await recommend({ ailments: ["stress"], conditions: ["infection", "breast-cancer-surgery"] });
      expect(questionIds(asked)).toEqual(expect.arrayContaining(["state:acute-infection"]));
      expect(await recommend({ ailments: ["Muscle Spasm", "cramp"] })).toEqual(
        await recommend({ ailments: ["muscle-spasm"] }),
      );
    });

    it("names an unknown or wrong-kind text under its argument, with suggestions", async () => {
      await expect(
        recommend({ ailments: ["muscle spasms now"], conditions: ["smoking"], confirmedStates: ["stretching"] }),
      ).rejects.toMatchObject({
        extensions: {
          code: "BAD_USER_INPUT",
          fields: [
            {
              field: "ailments",
              messages: [
                expect.stringMatching(
                  /"muscle spasms now" names no ailment; did you mean .*Muscle spasm \(muscle-spasm\)/,
                ),
              ],
            },
            { field: "confirmedStates", messages: [expect.stringContaining('("stretching" is a therapy)')] },
          ],
        },
      });
      await expect(recommend({ ailments: ["stress"], conditions: ["smoking"] })).rejects.toMatchObject({
        extensions: {
          code: "BAD_USER_INPUT",
          fields: [{ field: "conditions", messages: [expect.stringContaining('"smoking" is a cause')] }],
        },
      });
    });
  });
});
