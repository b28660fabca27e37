import { AdmissionGate } from "./admission";

describe("AdmissionGate", () => {
  it("admits up to maxConcurrent, queues up to maxQueued in order, sheds the rest at once", async () => {
    const gate = new AdmissionGate({ maxConcurrent: 2, maxQueued: 1, maxQueueWaitMs: 10_000 });
    expect(gate.enter()).toBe(true);
    expect(gate.enter()).toBe(true);
    const queued = gate.enter();
    expect(queued).toBeInstanceOf(Promise);
    expect(gate.enter()).toBe(false);
    expect(gate.shedCount).toBe(1);
    gate.release();
    await expect(queued).resolves.toBe(true);
    expect(gate.active).toBe(2);
    gate.release();
    gate.release();
    expect(gate.active).toBe(0);
  });

  it("sheds a queued request that waited too long", async () => {
    const gate = new AdmissionGate({ maxConcurrent: 1, maxQueued: 5, maxQueueWaitMs: 20 });
    expect(gate.enter()).toBe(true);
    await expect(gate.enter()).resolves.toBe(false);
    gate.release();
    expect(gate.enter()).toBe(true);
  });
});

describe("AdmissionGate.close (shutdown)", () => {
  it("answers every queued request at once and admits nothing more, while running ones keep their slot", async () => {
    const gate = new AdmissionGate({ maxConcurrent: 1, maxQueued: 5, maxQueueWaitMs: 60_000 });
    expect(gate.enter()).toBe(true);
    const queued = [gate.enter(), gate.enter()];
    const started = Date.now();
    gate.close();
    await expect(Promise.all(queued.map(async (entry) => entry))).resolves.toEqual([false, false]);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(gate.enter()).toBe(false);
    expect(gate.active).toBe(1);
    gate.release();
    expect(gate.active).toBe(0);
  });
});
