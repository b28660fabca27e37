import { evaluateRelated, loadRelatedSet, RELATED_BLIND_PATH, renderRelatedReport } from "../modules/traversal";
import { runEvalCli } from "./eval-cli";

/**
 * npm run related:eval [-- --blind[=v2]]: runs the related-conditions judged set (or a blind set) against
 * the configured graph (NEO4J_URI, or the local Neo4j) and prints nDCG@5, the "must not" pairs found in
 * a top 5, and the ailments whose top 5 is not ideal.
 */
runEvalCli("related:eval", "Judged set", async (services, set) => {
  const judged = set.blind === null ? loadRelatedSet() : loadRelatedSet(set.blindFile(RELATED_BLIND_PATH));
  const report = await evaluateRelated(judged, (id, first) => services.relatedAilments.related({ id, first }));
  return `${set.heading}\n${renderRelatedReport(report)}`;
});
