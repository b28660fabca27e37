import { loadConfig } from "../config/config";
import { createContext } from "../graphql/context";
import { connectNeo4j } from "../local-neo4j/connection";
import { join } from "node:path";
import { evaluateSearch, loadRelevanceSet, renderReport, SEARCH_BLIND_PATH } from "../modules/search/search-relevance";
import { projectRoot } from "../util/project-root";
import { blindFlag, blindSetPath } from "./cli-args";
import { runCli } from "./run-cli";

/**
 * npm run search:eval [-- --blind[=v2]]: runs the search relevance set (or the blind set) against the configured
 * graph (NEO4J_URI, or the local Neo4j) and prints top-1, recall@3 and MRR by group, then the queries that miss.
 */
runCli(async () => {
  const blind = blindFlag(process.argv.slice(2), "search:eval");
  const config = loadConfig();
  const connection = await connectNeo4j(config, (line) => process.stderr.write(line + "\n"));
  try {
    const { services } = createContext({ db: connection.db, config, viewer: null });
    const set =
      blind !== null
        ? loadRelevanceSet(join(projectRoot(), blindSetPath(SEARCH_BLIND_PATH, blind)))
        : loadRelevanceSet();
    const report = await evaluateSearch(set, (text) => services.search.search({ text, first: 10 }));
    process.stdout.write(`${blind !== null ? `BLIND set${blind && ` ${blind}`}\n` : ""}${renderReport(report)}\n`);
  } finally {
    await connection.close();
  }
});
