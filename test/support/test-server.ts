import type { FastifyInstance } from "fastify";
import { loadTrustedDocuments } from "../../src/cli";
import { AppConfig, loadConfig } from "../../src/config";
import { Database } from "../../src/db";
import { createApp } from "../../src/server";

export interface TestServer {
  url: string;
  app: FastifyInstance;
  db: Database;
  config: AppConfig;
  close(): Promise<void>;
}

/** The real HTTP server on a free loopback port, over the test Neo4j. */
export async function startTestServer(
  env: Record<string, string> = {},
  { db: givenDb, logStream }: { db?: Database; logStream?: { write(line: string): void } } = {},
): Promise<TestServer> {
  // Jest compiles test files on the event loop the server shares, and its heap is the server's heap
  // (past 1.5 GB late in a full run), which would look like overload to the event-loop-delay and
  // heap checks and shed every request; tests that want them set MAX_EVENT_LOOP_DELAY_MS or
  // MAX_HEAP_USED_MB themselves.
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: "silent",
    MAX_EVENT_LOOP_DELAY_MS: "0",
    MAX_HEAP_USED_MB: "0",
    ...env,
  });
  const db = givenDb ?? Database.connect({ ...config.neo4j, uri: config.neo4j.uri! });
  const app = await createApp({ config, db, logStream, trustedDocuments: loadTrustedDocuments(config) });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    db,
    config,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: (string | number)[] }[];
}

/** POSTs an operation to /graphql and returns the status and parsed body. */
export async function graphql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, "status">;
  return { status: response.status, ...body };
}
