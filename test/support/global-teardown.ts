import { rmSync } from "node:fs";
import { stopProcess } from "../../src/local-neo4j";

export default async function globalTeardown(): Promise<void> {
  const pid = process.env.TEST_NEO4J_PID;
  const dir = process.env.TEST_NEO4J_DIR;
  if (pid) await stopProcess(Number(pid));
  if (dir) rmSync(dir, { recursive: true, force: true });
}
