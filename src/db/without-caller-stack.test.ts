import { withoutCallerStack } from "./without-caller-stack";

describe("withoutCallerStack", () => {
  it("captures no frames inside, and restores stack capture after, even when the start throws", () => {
    const limit = Error.stackTraceLimit;
    expect(withoutCallerStack(() => new Error("inside").stack)).toBe("Error: inside");
    expect(() =>
      withoutCallerStack(() => {
        throw new Error("thrown");
      }),
    ).toThrow("thrown");
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error("after").stack?.split("\n").length).toBeGreaterThan(1);
  });
});
