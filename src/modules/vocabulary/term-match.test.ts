import { EntityKind, blankEntityRecord, type EntityRecord } from "../entity";
import { matchTerm, TermMatch, termLookup } from "./term-match";

const entity = (id: string, name: string, synonyms: string[], roles: EntityKind[]): EntityRecord =>
  blankEntityRecord(id, roles, { name, synonyms });
const { AILMENT, CAUSE, CONTRAINDICATION, THERAPY } = EntityKind;
const dvt = entity("deep-vein-thrombosis", "Deep vein thrombosis", ["dvt", "blood clot"], [CONTRAINDICATION]);
const spasm = entity("muscle-spasm", "Muscle spasm", ["cramp", "charley horse"], [AILMENT]);
const intrinsic = entity("intrinsic-muscle-spasm", "Intrinsic muscle spasm", ["colon spasm"], [AILMENT]);
const ice = entity("ice-massage", "Ice massage", [], [THERAPY]);
const infection = entity("infection", "Infection", [], [CAUSE]);

describe("matchTerm", () => {
  it("matches an id of a wanted kind first", () => {
    expect(matchTerm(termLookup(0, "muscle-spasm", [AILMENT]), spasm, [intrinsic, spasm])).toMatchObject({
      entity: spasm,
      matchedBy: TermMatch.ID,
    });
  });

  it("matches a name or a synonym word for word, in any case and with hyphens or spaces", () => {
    expect(matchTerm(termLookup(0, "  MUSCLE  spasm ", [AILMENT]), null, [intrinsic, spasm])).toMatchObject({
      entity: spasm,
      matchedBy: TermMatch.NAME,
    });
    expect(matchTerm(termLookup(0, "dvt", [CONTRAINDICATION]), null, [dvt])).toMatchObject({
      entity: dvt,
      matchedBy: TermMatch.SYNONYM,
    });
    expect(matchTerm(termLookup(0, "Charley-Horse", [AILMENT]), null, [spasm])).toMatchObject({
      entity: spasm,
      matchedBy: TermMatch.SYNONYM,
    });
  });

  it("never takes a near miss or another kind as a match: those are suggestions, or named in the error", () => {
    const near = matchTerm(termLookup(0, "muscle spasms now", [AILMENT]), null, [spasm, intrinsic]);
    expect(near).toMatchObject({ entity: null, matchedBy: null, suggestions: [spasm, intrinsic] });
    const wrongKind = matchTerm(termLookup(0, "ice-massage", [AILMENT]), ice, [ice]);
    expect(wrongKind).toMatchObject({ entity: null, suggestions: [], otherKind: ice });
    expect(matchTerm(termLookup(0, "infection", [CONTRAINDICATION, AILMENT, CAUSE]), infection, [])).toMatchObject({
      entity: infection,
    });
  });
});
