import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startLocalNeo4j, stopProcess } from "../src/local-neo4j";
import { projectRoot } from "../src/util";

/**
 * The Node smoke job of CI (.ci/node-smoke): run by the Node binary under test, it starts the built
 * server (dist/, as `npm start` runs it) with that same binary, against NEO4J_URI or a throwaway
 * local Neo4j, and checks that the server runs on that Node (build-info metric), answers a read,
 * takes a curator write and its delete, and stops cleanly on SIGTERM. Exit 1 on any failure.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const started = Date.now();
const apiKey = randomBytes(16).toString("hex");
const metricsToken = randomBytes(16).toString("hex");

function check(condition: boolean, what: string, detail: unknown): void {
  if (!condition) throw new Error(`${what}: ${JSON.stringify(detail)}`);
}

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query, variables }),
  });
  type Answer = { data?: Record<string, { id?: string; name?: string } | null>; errors?: unknown[] };
  return { status: response.status, body: (await response.json()) as Answer };
}

async function smoke(neo4jUri: string): Promise<string> {
  const port = await freePort();
  const server = spawn(process.execPath, [join(projectRoot(), "dist", "src", "cli", "start.js")], {
    env: {
      ...process.env,
      NEO4J_URI: neo4jUri,
      PORT: String(port),
      HOST: "127.0.0.1",
      CURATOR_API_KEYS: apiKey,
      METRICS_TOKEN: metricsToken,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
  try {
    const deadline = Date.now() + 90_000;
    while (!output.includes("API ready")) {
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`the server did not start:\n${output}`);
      await sleep(200);
    }
    const url = `http://127.0.0.1:${port}`;
    const metrics = await (
      await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })
    ).text();
    check(metrics.includes(`node_version="${process.version}"`), "the server runs on another Node", process.version);

    const read = await graphql(url, '{ ailment(id: "muscle-spasm") { name } }');
    check(read.body.data?.ailment?.name === "Muscle spasm", "read", read);
    const id = `zz-smoke-${randomBytes(4).toString("hex")}`;
    const upsert = await graphql(url, "mutation ($input: AilmentInput!) { upsertAilment(input: $input) { id } }", {
      input: { id, name: `Zz smoke ${id}`, summary: "Written by the Node smoke job, then deleted." },
    });
    check(upsert.body.data?.upsertAilment?.id === id, "write", upsert);
    const deleted = await graphql(url, "mutation ($id: ID!) { deleteEntity(id: $id) { id } }", { id });
    check(deleted.body.data?.deleteEntity?.id === id, "delete", deleted);
    const gone = await graphql(url, "query ($id: ID!) { entity(id: $id) { id } }", { id });
    check(gone.body.data?.entity === null, "the written entity is gone", gone);

    server.kill("SIGTERM");
    check((await exited) === 0, "exit code after SIGTERM", output);
    return `read, write, delete and SIGTERM ok`;
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
  }
}

async function main(): Promise<void> {
  let neo4jUri = process.env.NEO4J_URI;
  let throwaway: { pid: number; dataDir: string } | undefined;
  if (!neo4jUri) {
    const dataDir = mkdtempSync(join(tmpdir(), "massage-graph-smoke-"));
    const neo4j = await startLocalNeo4j({ dataDir, port: await freePort(), heapMb: 512, pageCacheMb: 32 });
    throwaway = { pid: neo4j.pid, dataDir };
    neo4jUri = neo4j.uri;
  }
  try {
    const result = await smoke(neo4jUri);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(`Node smoke on ${process.version}: ${result} (${seconds}s)\n`);
  } finally {
    if (throwaway) {
      await stopProcess(throwaway.pid);
      rmSync(throwaway.dataDir, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Node smoke on ${process.version} failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
