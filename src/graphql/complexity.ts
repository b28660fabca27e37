import type { ComplexityEstimator } from "graphql-query-complexity";

/**
 * Field costs for graphql-query-complexity (see limits-plugin.ts). A list costs its items times
 * what each item selects, so nesting multiplies: 20 ailments x ~10 causes x ~10 therapies.
 */

/** Links per entity assumed when estimating (a typical list; a few entities have 20 or more). */
export const ESTIMATED_LINKS_PER_ENTITY = 5;

/**
 * A list whose length the `first` argument sets (its default when the argument is left out);
 * `weight` multiplies each item's cost when an item holds lists of its own (a path's nodes).
 */
export function pagedListCost(defaultFirst: number, weight = 1): ComplexityEstimator {
  return ({ args, childComplexity }) => {
    const first = typeof args.first === "number" && args.first > 0 ? args.first : defaultFirst;
    return 1 + first * weight * Math.max(childComplexity, 1);
  };
}

/** A list of a node's links (no `first`: the estimate assumes a typical fan-out). */
export const linkListCost: ComplexityEstimator = ({ childComplexity }) => 1 + ESTIMATED_LINKS_PER_ENTITY * Math.max(childComplexity, 1);

/** A list of a fixed, capped size (path nodes, subgraph nodes). */
export function fixedListCost(items: number): ComplexityEstimator {
  return ({ childComplexity }) => 1 + items * Math.max(childComplexity, 1);
}
