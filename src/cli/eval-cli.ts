import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "../config/config";
import { createContext } from "../graphql/context";
import { connectNeo4j } from "../local-neo4j/connection";
import { projectRoot } from "../util/project-root";
import { blindFlag, blindSetPath, CliUsageError } from "./cli-args";
import { runCli } from "./run-cli";

type Services = ReturnType<typeof createContext>["services"];

/** Which set an evaluation runs: the tuned one (blind null), or a blind set's fixture and its heading. */
export interface EvalSet {
  blind: string | null;
  /** The blind set's fixture under the project root, from the first blind set's path. */
  blindFile: (firstSetPath: string) => string;
  heading: string;
}

/**
 * The frame the evaluation commands share: `--blind[=vN]` read, the configured graph connected
 * (NEO4J_URI, or the local Neo4j), the report printed, the connection closed.
 */
export function runEvalCli(
  command: string,
  tunedHeading: string,
  evaluate: (services: Services, set: EvalSet) => Promise<string>,
): void {
  runCli(async () => {
    const blind = blindFlag(process.argv.slice(2), command);
    const set: EvalSet = {
      blind,
      blindFile: (firstSetPath) => {
        const file = join(projectRoot(), blindSetPath(firstSetPath, blind ?? ""));
        if (!existsSync(file)) throw new CliUsageError(`${command}: there is no blind set ${blind} (${file})`);
        return file;
      },
      heading: blind === null ? tunedHeading : `BLIND set${blind && ` ${blind}`}`,
    };
    const config = loadConfig();
    const connection = await connectNeo4j(config, (line) => process.stderr.write(line + "\n"));
    try {
      const { services } = createContext({ db: connection.db, config, viewer: null });
      process.stdout.write(`${await evaluate(services, set)}\n`);
    } finally {
      await connection.close();
    }
  });
}
