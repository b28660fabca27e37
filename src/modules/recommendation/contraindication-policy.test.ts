import { ContraindicationScope, ContraindicationSeverity } from "../entity/contraindication-enums";
import { EntityKind } from "../entity/entity-kind.enum";
import type { EntityRecord } from "../entity/entity.record";
import { Bearing, judgeTherapy } from "./contraindication-policy";

function contraindication(id: string, severity: ContraindicationSeverity, scope: ContraindicationScope): EntityRecord {
  return {
    id, kind: EntityKind.CONTRAINDICATION, roles: [EntityKind.CONTRAINDICATION], name: id, synonyms: [], summary: "", category: null, codes: [],
    severity, scope, stage: null, question: null, adaptation: null, urgency: null, action: null, updatedAt: null, updatedBy: null,
  };
}

const therapy = { id: "relaxation-massage", name: "Relaxation massage" };
const fever = contraindication("fever", ContraindicationSeverity.ABSOLUTE, ContraindicationScope.GENERAL);
const pregnancy = contraindication("pregnancy", ContraindicationSeverity.PRECAUTION, ContraindicationScope.GENERAL);
const wound = contraindication("open-wounds", ContraindicationSeverity.ABSOLUTE, ContraindicationScope.LOCAL);
const bearing = (c: EntityRecord, over: Partial<Bearing> = {}): Bearing => ({ contraindication: c, via: therapy, note: null, namedBy: [], stateOf: [], ...over });

describe("judgeTherapy", () => {
  it("excludes a therapy when a named condition is ABSOLUTE and GENERAL, whatever else applies", () => {
    const j = judgeTherapy(therapy, [bearing(pregnancy, { namedBy: ["Pregnancy"] }), bearing(fever, { namedBy: ["Fever"] })]);
    expect(j.excluded).toBe(true);
    expect(j.because.map((c) => c.id)).toEqual(["fever"]);
    expect(j.reasons[0]).toContain("you named Fever");
  });

  it("keeps the therapy with LOCAL and PRECAUTION conditions attached as precautions", () => {
    const j = judgeTherapy(therapy, [bearing(pregnancy, { namedBy: ["Pregnancy"] }), bearing(wound, { namedBy: ["Open wounds"] })]);
    expect(j.excluded).toBe(false);
    expect(j.precautions.map((c) => c.id)).toEqual(["open-wounds", "pregnancy"]);
    expect(j.precautionNotes[0]).toContain("on the affected area");
    expect(j.precautionNotes[1]).toContain("physician's approval");
  });

  it("only warns about an ABSOLUTE GENERAL state of a requested ailment the person did not name", () => {
    const j = judgeTherapy(therapy, [bearing(fever, { stateOf: ["Lupus"] })]);
    expect(j.excluded).toBe(false);
    expect(j.precautions.map((c) => c.id)).toEqual(["fever"]);
    expect(j.precautionNotes[0]).toContain("a state Lupus may present as");
  });

  it("names the included part that carries the contraindication", () => {
    const session = { id: "typical-massage-session", name: "Typical session" };
    const j = judgeTherapy(session, [bearing(fever, { via: therapy, namedBy: ["Fever"] })]);
    expect(j.excluded).toBe(true);
    expect(j.reasons[0]).toContain("it includes Relaxation massage");
  });
});
