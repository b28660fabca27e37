import { loadConfig } from "../config/config";
import { createContext } from "../graphql/context";
import { connectNeo4j } from "../local-neo4j/connection";
import { evaluateSearch, loadRelevanceSet, renderReport } from "../modules/search/search-relevance";
import { runCli } from "./run-cli";

/**
 * npm run search:eval: runs the search relevance set against the configured graph (NEO4J_URI, or the
 * local Neo4j) and prints top-1, recall@3 and MRR by group, then the queries that miss.
 */
runCli(async () => {
  const config = loadConfig();
  const connection = await connectNeo4j(config, (line) => process.stderr.write(line + "\n"));
  try {
    const { services } = createContext({ db: connection.db, config, viewer: null });
    const report = await evaluateSearch(loadRelevanceSet(), (text) => services.search.search({ text, first: 10 }));
    process.stdout.write(renderReport(report) + "\n");
  } finally {
    await connection.close();
  }
});
