/** The entry point of src/local-neo4j for test/, bench/ and soak/ (src/ itself imports its files directly). */
export { connectNeo4j } from "./connection";
export type { Connection } from "./connection";
export {
  SERVER_TIMEOUT_MARGIN_MS,
  freePort,
  isAlive,
  runningNeo4j,
  serverTransactionTimeoutMs,
  startLocalNeo4j,
  stopLocalNeo4j,
  stopProcess,
} from "./local-neo4j";
export type { RunningNeo4j } from "./local-neo4j";
