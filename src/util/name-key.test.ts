import { isBlankName, nameKey } from "./name-key";

describe("nameKey", () => {
  it("ignores case and surrounding or repeated white space", () => {
    expect(nameKey(" Muscle  SPASM\t")).toBe("muscle spasm");
    expect(nameKey("Muscle\u00A0spasm")).toBe("muscle spasm");
  });

  // Each is drawn like "Stress" (or nearly so) and must take the same key.
  it.each([
    ["full-width", "Ｓｔｒｅｓｓ"],
    ["zero-width space", "Str\u200Bess"],
    ["zero-width joiner and word joiner", "\u200DStr\u2060ess\uFEFF"],
    ["Cyrillic capital dze", "\u0405tress"],
    ["Cyrillic small letters", "Str\u0435\u0455\u0455"],
    ["combining marks", "Stre\u0301ss\u0336"],
    ["precomposed accent", "Stréss"],
    ["st ligature", "\uFB06ress"],
    ["long s", "\u017Ftress"],
    ["bidi override", "\u202EStress\u202C"],
    ["bidi isolate and marks", "\u2066Stress\u2069\u200E\u200F"],
    ["sharp s", "Streß"],
  ])("%s", (_, lookAlike) => {
    expect(nameKey(lookAlike)).toBe(nameKey("Stress"));
  });

  it("keeps plain names that only resemble each other apart", () => {
    expect(nameKey("Burns")).not.toBe(nameKey("Bums"));
    expect(nameKey("Vitamin B1")).not.toBe(nameKey("Vitamin Bl"));
    expect(nameKey("Stress")).not.toBe(nameKey("Stres"));
    expect(nameKey("Stress fracture")).not.toBe(nameKey("Stress"));
  });

  it("keeps names of other scripts usable", () => {
    expect(nameKey("β-blocker")).not.toBe("");
    expect(nameKey("肩こり")).toBe("肩こり");
  });
});

describe("isBlankName", () => {
  it.each([[""], ["   "], ["\t\n"], ["\u200B\u200B"], ["\u202E \u202C"], ["\u3000"]])("%j is blank", (name) => {
    expect(isBlankName(name)).toBe(true);
  });

  it("a visible name is not", () => {
    expect(isBlankName(" x ")).toBe(false);
  });
});
