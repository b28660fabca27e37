import { stageHolds } from "./stage-rule";

describe("stageHolds", () => {
  it("holds every fact without a stage, or with stage any", () => {
    for (const known of ["UNKNOWN", "ACUTE", "LATER", "SUBACUTE", "CHRONIC"] as const) {
      expect(stageHolds(null, known)).toBe(true);
      expect(stageHolds("any", known)).toBe(true);
    }
  });

  it("waits on the stage when nobody gave it", () => {
    expect(stageHolds("acute", "UNKNOWN")).toBeNull();
    expect(stageHolds("CHRONIC", "UNKNOWN")).toBeNull();
  });

  it("holds acute facts in the acute stage only: rest and cold first", () => {
    expect(stageHolds("acute", "ACUTE")).toBe(true);
    for (const known of ["LATER", "SUBACUTE", "CHRONIC"] as const) expect(stageHolds("acute", known)).toBe(false);
  });

  it("holds subacute facts from the subacute stage on, and chronic facts once chronic or past the acute stage", () => {
    expect(stageHolds("subacute", "ACUTE")).toBe(false);
    expect([
      stageHolds("subacute", "SUBACUTE"),
      stageHolds("subacute", "CHRONIC"),
      stageHolds("subacute", "LATER"),
    ]).toEqual([true, true, true]);
    expect([stageHolds("chronic", "ACUTE"), stageHolds("chronic", "SUBACUTE")]).toEqual([false, false]);
    expect([stageHolds("chronic", "CHRONIC"), stageHolds("chronic", "LATER")]).toEqual([true, true]);
  });
});
