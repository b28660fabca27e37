import { join } from "node:path";
import { loadConfig } from "../config/config";
import { createContext } from "../graphql/context";
import { connectNeo4j } from "../local-neo4j/connection";
import {
  evaluateRelated,
  loadRelatedSet,
  RELATED_BLIND_PATH,
  renderRelatedReport,
} from "../modules/traversal/related-relevance";
import { projectRoot } from "../util/project-root";
import { blindFlag, blindSetPath } from "./cli-args";
import { runCli } from "./run-cli";

/**
 * npm run related:eval [-- --blind[=v2]]: runs the related-conditions judged set (or the blind set) against
 * the configured graph (NEO4J_URI, or the local Neo4j) and prints nDCG@5, the "must not" pairs found in
 * a top 5, and the ailments whose top 5 is not ideal.
 */
runCli(async () => {
  const blind = blindFlag(process.argv.slice(2), "related:eval");
  const config = loadConfig();
  const connection = await connectNeo4j(config, (line) => process.stderr.write(line + "\n"));
  try {
    const { services } = createContext({ db: connection.db, config, viewer: null });
    const set =
      blind !== null ? loadRelatedSet(join(projectRoot(), blindSetPath(RELATED_BLIND_PATH, blind))) : loadRelatedSet();
    const report = await evaluateRelated(set, (id, first) => services.relatedAilments.related({ id, first }));
    process.stdout.write(
      `${blind !== null ? `BLIND set${blind && ` ${blind}`}` : "Judged set"}\n${renderRelatedReport(report)}\n`,
    );
  } finally {
    await connection.close();
  }
});
