import { Semaphore } from "./semaphore";

describe("Semaphore", () => {
  it("runs at most max tasks at once, in arrival order, and frees slots on failure", async () => {
    const gate = new Semaphore(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const task = (i: number) =>
      gate.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push(i);
        running -= 1;
        if (i === 1) throw new Error("boom");
        return i;
      });
    const results = await Promise.allSettled([0, 1, 2, 3, 4, 5].map(task));
    expect(peak).toBe(2);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(await gate.run(async () => "free again")).toBe("free again");
  });
});
