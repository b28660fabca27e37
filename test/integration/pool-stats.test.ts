import type { Database } from "../../src/db";
import { connectTestDatabase } from "../support/test-database";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("Neo4j connection pool statistics (read from the real driver)", () => {
  let db: Database;
  beforeAll(() => (db = connectTestDatabase({ maxPoolSize: 1, acquisitionTimeoutMs: 20_000 })));
  afterAll(async () => db.close());

  it("count the connection in use, the sessions waiting for one, and the idle one after", async () => {
    expect(db.poolStats()).toEqual({ inUse: 0, idle: 0, waiting: 0 });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inside!: () => void;
    const entered = new Promise<void>((resolve) => (inside = resolve));
    const holder = db.read("test.hold-connection", async (tx) => {
      await tx.rows("graph/version");
      inside();
      await held;
    });
    await entered;
    const waiter = db.readRows("graph/version");
    let stats = db.poolStats();
    for (let tries = 0; stats?.waiting !== 1 && tries < 50; tries += 1) {
      await sleep(20);
      stats = db.poolStats();
    }
    expect(stats).toEqual({ inUse: 1, idle: 0, waiting: 1 });
    release();
    await Promise.all([holder, waiter]);
    expect(db.poolStats()).toEqual({ inUse: 0, idle: 1, waiting: 0 });
  });
});
