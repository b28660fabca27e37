import { connect, type Socket } from "node:net";
import { graphql, startTestServer, TestServer } from "../support/test-server";

/*
 * Slow and idle clients (issue 26): sockets that send their headers and part of a body, then
 * wait. They must not hold the admission slots innocent queries need, and the server must close
 * them once its request timeout has passed.
 */
const INNOCENT = `{ entity(id: "muscle-spasm") { id name } }`;

/** Opens a socket that sends a POST's headers and the start of its body, then goes quiet. */
function partialBodySocket(url: string): Promise<{ socket: Socket; closed: Promise<{ at: number; reply: string }> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => {
      socket.write(
        "POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n" +
          '{"query": "{ entity(id: \\"muscle',
      );
      resolve({ socket, closed });
    });
    let reply = "";
    socket.on("data", (chunk) => (reply += chunk.toString()));
    const closed = new Promise<{ at: number; reply: string }>((done) =>
      socket.once("close", () => done({ at: Date.now(), reply })),
    );
    socket.once("error", reject);
  });
}

describe("slow senders hold no admission slot and are cut off", () => {
  let server: TestServer;
  const sockets: Socket[] = [];
  beforeAll(
    async () =>
      (server = await startTestServer({
        // Fewer slots than idle sockets: before the fix, 30 sockets took them all.
        MAX_CONCURRENT_REQUESTS: "4",
        MAX_QUEUED_REQUESTS: "4",
        MAX_QUEUE_WAIT_MS: "500",
        HEADERS_TIMEOUT_MS: "1000",
        REQUEST_TIMEOUT_MS: "2000",
      })),
  );
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await server.close();
  });

  it("answers innocent queries within 2 s while 30 sockets send a partial body, then closes those sockets", async () => {
    // A first query warms the server (schema, degree statistics), so the timings below are the sockets' doing.
    expect((await graphql(server.url, INNOCENT)).errors).toBeUndefined();
    const opened = Date.now();
    const idle = await Promise.all(Array.from({ length: 30 }, () => partialBodySocket(server.url)));
    sockets.push(...idle.map((s) => s.socket));
    await new Promise((resolve) => setTimeout(resolve, 200));

    for (let i = 0; i < 5; i++) {
      const started = Date.now();
      const answer = await graphql(server.url, INNOCENT);
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(2_000);
      // Asked while every idle socket is still open (they are cut off after 2 s).
      expect(Date.now() - opened).toBeLessThan(2_000);
    }

    const closed = await Promise.all(idle.map((s) => s.closed));
    for (const { at, reply } of closed) {
      // REQUEST_TIMEOUT_MS is 2 s, checked every 250 ms: closed well before 4 s, with a 408.
      expect(at - opened).toBeLessThan(4_000);
      expect(reply).toMatch(/^HTTP\/1\.1 408/);
    }
    expect((await graphql(server.url, INNOCENT)).errors).toBeUndefined();
  });

  it("closes a connection whose headers never finish within HEADERS_TIMEOUT_MS", async () => {
    const { hostname, port } = new URL(server.url);
    const started = Date.now();
    const socket = connect({ host: hostname, port: Number(port) });
    sockets.push(socket);
    socket.write("POST /graphql HTTP/1.1\r\nHost: test\r\n");
    let reply = "";
    socket.on("data", (chunk) => (reply += chunk.toString()));
    await new Promise((resolve) => socket.once("close", resolve));
    expect(reply).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("idle keep-alive connections", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ KEEP_ALIVE_TIMEOUT_MS: "300" })));
  afterAll(async () => server.close());

  it("are closed after KEEP_ALIVE_TIMEOUT_MS", async () => {
    const { hostname, port } = new URL(server.url);
    const socket = connect({ host: hostname, port: Number(port) });
    const body = JSON.stringify({ query: INNOCENT });
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
    let reply = "";
    const answered = Date.now();
    socket.on("data", (chunk) => (reply += chunk.toString()));
    const closedAt = await new Promise<number>((resolve) => socket.once("close", () => resolve(Date.now())));
    expect(reply).toMatch(/^HTTP\/1\.1 200/);
    expect(closedAt - answered).toBeLessThan(2_000);
  });
});
