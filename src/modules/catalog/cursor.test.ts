import { decodeCursor, encodeCursor } from "./cursor";

describe("catalog cursors", () => {
  it("round-trip a (name, id) position, whatever the name holds", () => {
    for (const position of [
      { name: "Muscle spasm", id: "muscle-spasm" },
      { name: 'Ünïcødé "quoted" 💆', id: "x-1" },
    ]) {
      expect(decodeCursor(encodeCursor(position))).toEqual(position);
    }
  });

  it("are opaque: no plain name in them", () => {
    expect(encodeCursor({ name: "Muscle spasm", id: "muscle-spasm" })).not.toContain("spasm");
  });

  it.each([
    "",
    "not a cursor!",
    "bm90IGpzb24",
    Buffer.from('["c1", 1, 2]').toString("base64url"),
    Buffer.from("[]").toString("base64url"),
    "A".repeat(2000),
  ])("refuse %p with BAD_USER_INPUT naming the argument", (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: "BAD_USER_INPUT",
          fields: [{ field: "after", messages: [expect.any(String)] }],
        }),
      }),
    );
  });
});
