import { pageSize } from "./page-size";

describe("pageSize", () => {
  it("uses the default when absent, never above the cap", () => {
    expect(pageSize({ value: undefined, fallback: 20, max: 100 })).toBe(20);
    expect(pageSize({ value: null, fallback: 20, max: 5 })).toBe(5);
    expect(pageSize({ value: 7, fallback: 20, max: 100 })).toBe(7);
  });

  it.each([0, -1, 101, 2.5])("refuses %p with BAD_USER_INPUT naming the argument", (value) => {
    expect(() => pageSize({ value, fallback: 20, max: 100, argument: "first" })).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: "BAD_USER_INPUT",
          fields: [{ field: "first", messages: [expect.any(String)] }],
        }),
      }),
    );
  });
});
