import { evaluateSearch, loadRelevanceSet, renderReport, SEARCH_BLIND_PATH } from "../modules/search";
import { runEvalCli } from "./eval-cli";

/**
 * npm run search:eval [-- --blind[=v2]]: runs the search relevance set (or a blind set) against the configured
 * graph (NEO4J_URI, or the local Neo4j) and prints top-1, recall@3 and MRR by group, then the queries that miss.
 */
runEvalCli("search:eval", "", async (services, set) => {
  const queries = set.blind === null ? loadRelevanceSet() : loadRelevanceSet(set.blindFile(SEARCH_BLIND_PATH));
  const report = await evaluateSearch(queries, (text) => services.search.search({ text, first: 10 }));
  return `${set.heading ? `${set.heading}\n` : ""}${renderReport(report)}`;
});
