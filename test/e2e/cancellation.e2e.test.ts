import { request as httpRequest } from "node:http";
import neo4j, { Driver } from "neo4j-driver";
import { INSTANCE } from "../../src/db";
import { connectTestDatabase } from "../support/test-database";
import { graphql, startTestServer, TestServer } from "../support/test-server";

/*
 * A client that hangs up (issue 26): its request's database work stops at once, so 100 clients
 * that abort heavy requests leave the Neo4j pool free for everyone else.
 */
const INNOCENT = `{ entity(id: "muscle-spasm") { id name } }`;
/** Thirty 3-step neighbourhoods of hubs, read two at a time: seconds of database work per request. */
const HEAVY = `{ ${Array.from(
  { length: 30 },
  (_, i) =>
    `n${i}: neighbourhood(id: "${["stress", "muscle-spasm", "relaxation-massage"][i % 3]}", depth: 3) { nodes { id name summary } relationships { id note } }`,
).join(" ")} }`;

/**
 * This server's transactions running in Neo4j now, among those started since `since` (epoch ms).
 * Their metadata names the process: API processes that earlier test files started share this Neo4j,
 * and a stopped one's statements may run on for a while (the likely cause of the 3 that once failed
 * CI); the start time leaves out what earlier test files ran in this same process.
 */
async function runningApiTransactions(driver: Driver, database: string, since: number): Promise<string[]> {
  const session = driver.session({ database });
  try {
    const result = await session.run(
      `SHOW TRANSACTIONS YIELD metaData, status, elapsedTime, startTime WHERE metaData.instance = $instance
         AND datetime(startTime) >= datetime({ epochMillis: toInteger($since) })
       RETURN metaData.query + " (" + status + ", " + toString(elapsedTime) + ")" AS running`,
      { instance: INSTANCE, since },
    );
    return result.records.map((record) => record.get("running") as string);
  } finally {
    await session.close();
  }
}

/** POSTs HEAVY on a connection of its own and destroys that connection after `ms`. */
function heavyThenHangUp(url: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ query: HEAVY });
    const request = httpRequest(`${url}/graphql`, {
      method: "POST",
      agent: false,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    });
    request.on("error", () => resolve());
    request.on("close", () => resolve());
    request.end(body);
    setTimeout(() => request.destroy(), ms);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a client that hangs up stops its database work", () => {
  let server: TestServer;
  let driver: Driver;
  beforeAll(async () => {
    // Configuration refuses more admitted work than the pool serves, so the server is told of a large
    // pool and given a driver with 20 connections: a pool 100 heavy requests would run dry.
    server = await startTestServer(
      {
        NEO4J_MAX_POOL_SIZE: "1000",
        MAX_CONCURRENT_REQUESTS: "100",
        MAX_QUEUED_REQUESTS: "100",
        MAX_DB_CALLS_PER_REQUEST: "2",
        MAX_QUERY_COMPLEXITY: "100000000",
        MAX_RESULT_BYTES: "1000000000",
        MAX_RESULT_ITEMS: "10000000",
      },
      { db: connectTestDatabase({ maxPoolSize: 20, acquisitionTimeoutMs: 1000 }) },
    );
    driver = neo4j.driver(server.config.neo4j.uri!);
  });
  afterAll(async () => {
    await driver.close();
    await server.close();
  });

  it("100 clients that abort heavy requests after 300 ms leave the pool free within 10 s", async () => {
    // One heavy request answered in full first: the document is then parsed, validated and priced
    // (cached), so the hung-up requests reach the database at once.
    const full = await graphql(server.url, HEAVY);
    expect(full.errors).toBeUndefined();
    const perRequest = server.db.transactionCount;
    expect(perRequest).toBeGreaterThanOrEqual(30);

    const sentAt = Date.now() - 1_000;
    await Promise.all(Array.from({ length: 100 }, () => heavyThenHangUp(server.url, 300)));
    const hungUp = Date.now();

    // Within 10 s an innocent query is answered and none of this server's transactions runs in Neo4j.
    // Quiet, that takes 0.9-1.7 s (six runs); CI shares its two cores and this Neo4j with other test
    // files. Without cancellation the 3,000 calls run for minutes.
    const innocent = await graphql(server.url, INNOCENT);
    expect(innocent.errors).toBeUndefined();
    let running = await runningApiTransactions(driver, server.config.neo4j.database, sentAt);
    while (running.length > 0 && Date.now() - hungUp < 10_000) {
      await sleep(100);
      running = await runningApiTransactions(driver, server.config.neo4j.database, sentAt);
    }
    expect(running).toEqual([]);
    expect(Date.now() - hungUp).toBeLessThan(10_000);

    // Once every hung-up request has been seen, their calls stop: far fewer than the 100 x 30 they
    // asked for were made (without cancellation all of them run, for minutes on a busy machine).
    let before = -1;
    while (server.db.transactionCount !== before && Date.now() - hungUp < 40_000) {
      before = server.db.transactionCount;
      await sleep(2_000);
    }
    expect(server.db.transactionCount - perRequest).toBeLessThan(100 * 30 * 0.3);
  }, 90_000);
});
