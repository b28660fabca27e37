import { Registry } from "prom-client";
import { AdmissionGate } from "./admission";
import { Readiness } from "./readiness";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setUp(ping: () => Promise<boolean>, maxQueued = 2) {
  const gate = new AdmissionGate({ maxConcurrent: 1, maxQueued: 10, maxQueueWaitMs: 60_000 });
  let pings = 0;
  const readiness = new Readiness({
    ping: () => {
      pings += 1;
      return ping();
    },
    gate,
    maxQueued,
    registry: new Registry(),
  });
  return { gate, readiness, pings: () => pings };
}

describe("Readiness", () => {
  it("shares one database check among concurrent probes and reuses it for a second", async () => {
    const { readiness, pings } = setUp(async () => {
      await sleep(50);
      return true;
    });
    const answers = await Promise.all(Array.from({ length: 200 }, () => readiness.status()));
    expect(new Set(answers)).toEqual(new Set(["ready"]));
    expect(await readiness.status()).toBe("ready");
    expect(pings()).toBe(1);
    await sleep(1_100);
    expect(await readiness.status()).toBe("ready");
    expect(pings()).toBe(2);
  });

  it("answers 'unavailable' within a second when the database check hangs, and does not pile up checks", async () => {
    const { readiness, pings } = setUp(() => new Promise<boolean>(() => undefined));
    const started = Date.now();
    const answers = await Promise.all([readiness.status(), readiness.status(), readiness.status()]);
    expect(answers).toEqual(["unavailable", "unavailable", "unavailable"]);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await readiness.status()).toBe("unavailable");
    expect(pings()).toBe(1);
  });

  it("says 'unavailable' when the check fails, and 'ready' again once it answers", async () => {
    let up = false;
    const { readiness } = setUp(async () => {
      if (!up) throw new Error("connection refused");
      return true;
    });
    expect(await readiness.status()).toBe("unavailable");
    up = true;
    await sleep(1_100);
    expect(await readiness.status()).toBe("ready");
  });

  it("says 'overloaded' while the admission queue holds maxQueued requests, 'starting' while warming, and 'shutting-down' once closing", async () => {
    const { readiness, gate } = setUp(async () => true, 2);
    expect(gate.enter()).toBe(true);
    const queued = [gate.enter(), gate.enter()];
    expect(await readiness.status()).toBe("overloaded");
    gate.release();
    await queued[0];
    expect(await readiness.status()).toBe("ready");
    let during: string | undefined;
    await readiness.whileStarting(async () => (during = await readiness.status()));
    expect(during).toBe("starting");
    expect(await readiness.status()).toBe("ready");
    gate.close();
    await queued[1];
    expect(await readiness.status()).toBe("shutting-down");
  });
});

describe("Readiness when a check runs late", () => {
  it("keeps a recent 'ready' through one slow check, then reports a database that hangs", async () => {
    let hang = false;
    const { readiness } = setUp(() => (hang ? new Promise<boolean>(() => undefined) : Promise.resolve(true)));
    expect(await readiness.status()).toBe("ready");
    hang = true;
    await sleep(1_100);
    const started = Date.now();
    expect(await readiness.status()).toBe("ready");
    expect(Date.now() - started).toBeLessThan(1_000);
    await sleep(3_100);
    expect(await readiness.status()).toBe("unavailable");
  });
});
