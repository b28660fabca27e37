import { ConfigError } from "../config/config";
import { StartupError } from "../local-neo4j/connection";
import { LocalNeo4jError } from "../local-neo4j/local-neo4j";
import { SeedValidationError } from "../seed/seed-problem";
import { PortUnavailableError } from "../server/port-check";
import { CliUsageError } from "./cli-args";

/** Runs a command's main; known failures print one clear line, anything else its stack. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
    } else if (error instanceof LocalNeo4jError) {
      process.stderr.write(`Local Neo4j: ${error.message}\n`);
    } else if (error instanceof SeedValidationError || error instanceof CliUsageError) {
      process.stderr.write(`${error.message}\n`);
    } else if (error instanceof StartupError || error instanceof PortUnavailableError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exit(1);
  });
}
