import { ContraindicationScope, ContraindicationSeverity, Stage, EntityKind, blankEntityRecord } from "../entity";
import { buildSituation, SituationInput } from "./situation";

const entity = blankEntityRecord;
const state = (id: string, severity = ContraindicationSeverity.ABSOLUTE, scope = ContraindicationScope.GENERAL) =>
  entity(id, [EntityKind.CONTRAINDICATION], { severity, scope });

const hypertension = entity("hypertension", [EntityKind.AILMENT]);
const ra = entity("rheumatoid-arthritis", [EntityKind.AILMENT]);
const uncontrolled = state("uncontrolled-hypertension");
const controlled = state("controlled-hypertension", ContraindicationSeverity.PRECAUTION);
const flare = state("autoimmune-flare");
const hotJoint = state("acute-joint-inflammation", ContraindicationSeverity.ABSOLUTE, ContraindicationScope.LOCAL);
const steroids = state("corticosteroid-use", ContraindicationSeverity.PRECAUTION);

const presents = new Map([
  [
    "hypertension",
    [
      { state: uncontrolled, stage: null, group: "control" },
      { state: controlled, stage: null, group: "control" },
    ],
  ],
  [
    "rheumatoid-arthritis",
    [
      { state: flare, stage: "acute", group: null },
      { state: hotJoint, stage: "acute", group: null },
      { state: steroids, stage: null, group: null },
    ],
  ],
]);
const input = (over: Partial<SituationInput>): SituationInput => ({
  asked: [],
  conditionEntities: [],
  confirmed: [],
  ruledOut: [],
  stages: new Map(),
  sites: new Map(),
  intake: [],
  presents,
  ...over,
});
const statuses = (s: ReturnType<typeof buildSituation>) =>
  Object.fromEntries([...s.states].map(([id, info]) => [id, info.status]));

describe("buildSituation", () => {
  it("gives the same states whichever list names the ailment, and assumes none of them", () => {
    const asked = buildSituation(input({ asked: [hypertension] }));
    const named = buildSituation(input({ conditionEntities: [hypertension] }));
    expect(statuses(asked)).toEqual({ "uncontrolled-hypertension": "UNKNOWN", "controlled-hypertension": "UNKNOWN" });
    expect(statuses(named)).toEqual(statuses(asked));
  });

  it("confirms a state named or confirmed, and rules out the others of its group", () => {
    const s = buildSituation(input({ asked: [hypertension], confirmed: [controlled] }));
    expect(statuses(s)).toEqual({ "uncontrolled-hypertension": "RULED_OUT", "controlled-hypertension": "CONFIRMED" });
    expect(s.states.get("uncontrolled-hypertension")!.basis).toContain("excludes it");
  });

  it("refuses two states of one group, or a state both confirmed and ruled out", () => {
    expect(() => buildSituation(input({ asked: [hypertension], confirmed: [controlled, uncontrolled] }))).toThrow(
      /exclude each other/,
    );
    expect(() =>
      buildSituation(input({ asked: [hypertension], confirmed: [controlled], ruledOut: [controlled] })),
    ).toThrow(/both confirmed/);
  });

  it("confirms or rules out states tied to a stage by the stage given, and refuses a contradiction", () => {
    const acute = buildSituation(input({ asked: [ra], stages: new Map([["rheumatoid-arthritis", Stage.ACUTE]]) }));
    expect(statuses(acute)).toEqual({
      "autoimmune-flare": "CONFIRMED",
      "acute-joint-inflammation": "CONFIRMED",
      "corticosteroid-use": "UNKNOWN",
    });
    const chronic = buildSituation(input({ asked: [ra], stages: new Map([["rheumatoid-arthritis", Stage.CHRONIC]]) }));
    expect(statuses(chronic)).toMatchObject({
      "autoimmune-flare": "RULED_OUT",
      "acute-joint-inflammation": "RULED_OUT",
    });
    expect(() =>
      buildSituation(
        input({ asked: [ra], confirmed: [flare], stages: new Map([["rheumatoid-arthritis", Stage.CHRONIC]]) }),
      ),
    ).toThrow(/rules out/);
  });

  it("infers the stage from a confirmed state, and knows the acute stage has passed when every acute state is ruled out", () => {
    const flaring = buildSituation(input({ asked: [ra], confirmed: [flare] }));
    expect(flaring.stages.get("rheumatoid-arthritis")).toBe("ACUTE");
    // An inferred stage never confirms further states.
    expect(statuses(flaring)["acute-joint-inflammation"]).toBe("UNKNOWN");
    const between = buildSituation(input({ asked: [ra], ruledOut: [flare, hotJoint] }));
    expect(between.stages.get("rheumatoid-arthritis")).toBe("LATER");
    expect(buildSituation(input({ asked: [ra], ruledOut: [flare] })).stages.has("rheumatoid-arthritis")).toBe(false);
  });
});
