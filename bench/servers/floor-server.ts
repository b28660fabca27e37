import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, IncomingMessage } from "node:http";
import { join } from "node:path";
import neo4j, { Neo4jError } from "neo4j-driver";
import { cypher } from "../../src/db";
import { projectRoot } from "../../src/util";
import { FloorDatabase, FLOOR_HANDLERS, Row } from "./floor-handlers";
import { readBody, sendJson } from "./plain-http";
import { serverEnv } from "./server-env";
import { listenUntilSignal } from "./listen-plain";

/**
 * The floor (floor-handlers.ts): a node:http server over the raw neo4j driver answering
 * POST /op/<operation> with a JSON body of parameters, and GET /op/<operation>?params=<JSON> as a
 * conditional read: a strong ETag from the graph version and the URL, 304 when If-None-Match
 * names it (the API's HTTP caching at its least: one read of the version, a hash, no parsing).
 */
const CYPHER = join(projectRoot(), "bench", "cypher", "floor");
const statements = new Map<string, string>();
/** A bare name is the floor's own file; a name with a folder is the product's query ("graph/version"). */
const statement = (file: string) => {
  let text = statements.get(file);
  const read = () => (file.includes("/") ? cypher(file) : readFileSync(join(CYPHER, `${file}.cypher`), "utf8"));
  if (text === undefined) statements.set(file, (text = read()));
  return text;
};

/** The API's codes for a shed and a timeout, so the harness counts them as busy, as for the API. */
function errorCode(error: unknown): string {
  const code = error instanceof Neo4jError ? error.code : "";
  if (/TransactionTimedOut/.test(code)) return "TIMEOUT";
  if (/TransientError|MemoryPoolOutOfMemory/.test(code) || /acquisition timed out/.test(String(error)))
    return "SERVICE_OVERLOADED";
  return "INTERNAL_SERVER_ERROR";
}

/** The opaque tags of an If-None-Match header (weak prefixes set aside). */
const requestedTags = (request: IncomingMessage) =>
  String(request.headers["if-none-match"] ?? "")
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""));

async function main(): Promise<void> {
  const env = serverEnv();
  const { user, password, queryTimeoutMs } = env.config.neo4j;
  const driver = neo4j.driver(env.uri, password ? neo4j.auth.basic(user, password) : undefined, {
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
  });
  const db: FloorDatabase = {
    perList: env.config.limits.maxLinksPerList,
    async run(file, params) {
      const session = driver.session({ database: env.database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run(statement(file), params, { timeout: queryTimeoutMs });
        return result.records.map((record) => record.toObject());
      } finally {
        await session.close();
      }
    },
  };
  // As the API does (src/db/graph-version.ts): requests that arrive while a version read is in
  // flight share it; without it the floor's 304 cost more than the API's.
  let versionRead: Promise<unknown> | null = null;
  const graphVersion = () =>
    (versionRead ??= db
      .run("graph/version", {})
      .then(([row]) => row?.version)
      .finally(() => (versionRead = null)));
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://floor");
      if (url.pathname === "/readyz") {
        const ok = await driver.verifyConnectivity({ database: env.database }).then(
          () => true,
          () => false,
        );
        return sendJson(response, ok ? 200 : 503, { status: "checked" });
      }
      const handler = url.pathname.startsWith("/op/") ? FLOOR_HANDLERS[url.pathname.slice(4)] : undefined;
      const get = request.method === "GET";
      if (!handler || (!get && request.method !== "POST"))
        return sendJson(response, 404, { errors: [{ message: `no operation ${url.pathname}` }] });
      try {
        let etag: Record<string, string> = {};
        if (get) {
          const version = await graphVersion();
          const tag = `"${createHash("sha256")
            .update(`${String(version)}\n${request.url}`)
            .digest("base64url")
            .slice(0, 32)}"`;
          if (requestedTags(request).includes(tag)) {
            response.writeHead(304, { etag: tag });
            return response.end();
          }
          etag = { etag: tag };
        }
        const params = JSON.parse(get ? (url.searchParams.get("params") ?? "{}") : await readBody(request)) as Row;
        sendJson(response, 200, { data: await handler(db, params) }, etag);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        sendJson(response, 500, { errors: [{ message, extensions: { code: errorCode(error) } }] });
      }
    })();
  });
  listenUntilSignal(server, env, () => driver.close());
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
