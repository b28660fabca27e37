import { ContraindicationScope, ContraindicationSeverity, Stage, EntityKind } from "../entity";
import { entityParams, linkParams } from "./curation.params";
import { normalizeSynonyms } from "./input-records";
import type { ContraindicationInput } from "./entity.input";
import type { LinkInput } from "./link.input";

const stamp = { updatedAt: "2026-01-01T00:00:00.000Z", updatedBy: "api-key:abcdef" };

describe("curation parameters", () => {
  it("stores synonyms trimmed, lowercase and once", () => {
    expect(normalizeSynonyms([" Cramp ", "cramp", "Charley Horse", "  "])).toEqual(["cramp", "charley horse"]);
    expect(normalizeSynonyms(null)).toEqual([]);
  });

  it("writes every property, clearing absent ones, with the primary kind first among the roles", () => {
    const input = {
      id: "x",
      name: " X ",
      summary: "S.",
      synonyms: null,
      category: "",
      codes: ["icd10:I10"],
      alsoActsAs: [EntityKind.AILMENT, EntityKind.CONTRAINDICATION],
      severity: ContraindicationSeverity.PRECAUTION,
      scope: ContraindicationScope.LOCAL,
      stage: Stage.SUBACUTE,
    } as ContraindicationInput;
    expect(entityParams({ kind: EntityKind.CONTRAINDICATION, input, stamp })).toEqual({
      id: "x",
      kind: "Contraindication",
      roles: ["CONTRAINDICATION", "AILMENT"],
      roleLabels: ["Contraindication", "Ailment"],
      otherLabels: ["Cause", "Therapy", "RedFlag"],
      name: "X",
      nameKey: "x",
      synonyms: [],
      summary: "S.",
      category: null,
      codes: ["icd10:I10"],
      severity: "PRECAUTION",
      scope: "LOCAL",
      stage: "subacute",
      question: null,
      urgency: null,
      action: null,
      adaptationPressure: null,
      adaptationPosition: null,
      adaptationAvoid: null,
      adaptationMaxMinutes: null,
      adaptationClearance: null,
      adaptationNotes: null,
      ...stamp,
    });
    // Contraindication-only fields never reach other kinds.
    expect(entityParams({ kind: EntityKind.CAUSE, input, stamp })).toMatchObject({
      kind: "Cause",
      severity: null,
      scope: null,
      stage: null,
    });
  });

  it("stores a link's stage in lowercase and keeps its sources in order", () => {
    const input = {
      from: "a",
      to: "b",
      type: "TREATED_BY",
      note: " n ",
      evidence: "B",
      stage: Stage.ANY,
      sources: ["s2", "s1"],
    } as LinkInput;
    expect(linkParams({ input, stamp })).toEqual({
      from: "a",
      to: "b",
      note: "n",
      evidence: "B",
      outcome: null,
      stage: "any",
      group: null,
      sources: ["s2", "s1"],
      locators: null,
      ...stamp,
    });
  });

  it("stores a link's locators as the relationship keeps them, trimmed, one per source", () => {
    const input = {
      ...{ from: "a", to: "b", type: "TREATED_BY", note: "n", evidence: "C", sources: ["s1", "book"] },
      locators: [{ sourceId: "book", locator: " ch. 2, p. 14 " }],
    } as LinkInput;
    expect(linkParams({ input, stamp }).locators).toEqual(["book: ch. 2, p. 14"]);
  });
});
