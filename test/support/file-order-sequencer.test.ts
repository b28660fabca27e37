// eslint-disable-next-line @typescript-eslint/no-require-imports
const { shuffled } = require("./file-order-sequencer") as { shuffled: <T>(items: T[], seed: number) => T[] };

describe("file order under --randomize", () => {
  const files = Array.from({ length: 75 }, (_, i) => `test/file-${i}.test.ts`);

  it("keeps every file exactly once", () => {
    expect([...shuffled(files, 1202)].sort()).toEqual([...files].sort());
  });

  it("repeats an order from its seed, and another seed gives another order", () => {
    expect(shuffled(files, 1202)).toEqual(shuffled(files, 1202));
    expect(shuffled(files, 1202)).not.toEqual(shuffled(files, 90210));
    expect(shuffled(files, 1202)).not.toEqual(files);
  });

  it("moves the first file around over seeds (not a rotation that keeps neighbours together)", () => {
    const firsts = new Set(Array.from({ length: 20 }, (_, seed) => shuffled(files, seed)[0]));
    expect(firsts.size).toBeGreaterThan(10);
    const neighbours = (order: string[]) => new Set(order.slice(1).map((f, i) => `${order[i]}>${f}`));
    const a = neighbours(shuffled(files, 7));
    const b = neighbours(shuffled(files, 8));
    expect([...a].filter((pair) => b.has(pair)).length).toBeLessThan(10);
  });
});
