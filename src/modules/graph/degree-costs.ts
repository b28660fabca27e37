import type { ComplexityEstimator } from "graphql-query-complexity";
import { pagedListCost } from "../shared";
import { degreeOver, entityCount, type DegreeTable } from "./degree-stats";
import { LinkDirection } from "./link-direction.enum";
import { RELATION_TYPES } from "./relation-type";

/** Field costs that read the graph's degree statistics (shared/complexity.ts has the plain ones). */

/** What the estimators read from the request: the graph's degrees and the per-list cap. */
export interface CostContext {
  degrees: DegreeTable | undefined;
  maxLinksPerList: number;
}

/*
 * Database work priced by the rows a statement reads, in the cost model's units (a field is 1): a
 * relationship followed costs ROW_COST, an index hit of a fuzzy full-text query INDEX_HIT_COST.
 * Measured on the bench's S graph, on two cores shared with Neo4j and a loaded machine, 30 aliased
 * hub neighbourhoods, searches or recommendations each ran at about 16,000 units a second, so the
 * cost limit (50,000) stands for about 3 s of database work, well under the 10 s transaction
 * timeout (test/e2e/costliest-documents.e2e.test.ts sends the costliest accepted documents).
 */
const ROW_COST = 0.1;
const INDEX_HIT_COST = 3;

/** The degrees the estimators read (a missing table: the graph is unknown, so every hub is a cap's worth). */
export function costContext(context: Partial<CostContext> | undefined): Partial<CostContext> {
  return context ?? {};
}

/**
 * search: each of its two full-text queries reads up to `scanLimit` index hits (fewer on a graph
 * with fewer entities), whatever `first` is; then `first` hits.
 */
export function searchCost(scanLimit: number, defaultFirst: number): ComplexityEstimator {
  return (options) => {
    const entities = entityCount(costContext(options.context).degrees) ?? scanLimit;
    const hits = 2 * Math.min(scanLimit, entities);
    return pagedListCost(defaultFirst, { base: 10 + Math.ceil(hits * INDEX_HIT_COST) })(options);
  };
}

/**
 * neighbourhood: the start's relationships (a hub's degree), then for each further step the
 * relationships of fewer than `nodeCap` nodes (one hub and the rest at the 99th percentile), then
 * the relationships among the nodes kept; the answer is a capped subgraph.
 */
export function neighbourhoodCost(nodeCap: number, defaultDepth: number, items: number): ComplexityEstimator {
  return ({ args, childComplexity, context }) => {
    const { degrees, maxLinksPerList } = costContext(context);
    const types =
      Array.isArray(args.relationTypes) && args.relationTypes.length > 0 ? args.relationTypes : RELATION_TYPES;
    const depth = typeof args.depth === "number" ? args.depth : defaultDepth;
    // Without statistics, a hub counts as the per-list cap.
    const degree = degreeOver(degrees, types as string[], LinkDirection.BOTH) ?? {
      max: maxLinksPerList ?? 100,
      p99: maxLinksPerList ?? 100,
    };
    const step = degree.max + nodeCap * degree.p99;
    const rows = degree.max + (depth - 1) * step + step;
    return Math.ceil(rows * ROW_COST) + items * Math.max(childComplexity, 1);
  };
}

/**
 * recommendTherapies: per requested ailment, the paths to therapies (its treatments, its causes'
 * and those of what it leads to, two steps) at the hubs' degrees; each therapy found is checked
 * with the parts it includes. Each item carries paths of nodes.
 */
export const recommendationCost: ComplexityEstimator = ({ args, childComplexity, context }) => {
  const { degrees } = costContext(context);
  const out = (type: string) => degreeOver(degrees, [type], LinkDirection.OUTGOING)?.max ?? 10;
  const ailments = Array.isArray(args.ailments) ? args.ailments.length : 1;
  const first = typeof args.first === "number" && args.first > 0 ? args.first : 10;
  const leadsTo = out("LEADS_TO");
  const paths = out("TREATED_BY") * (1 + out("CAUSED_BY") + leadsTo + leadsTo * leadsTo);
  const rows = ailments * paths * (1 + out("INCLUDES"));
  return 200 + 30 * ailments + Math.ceil(rows * ROW_COST) + first * 2 * Math.max(childComplexity, 1);
};
