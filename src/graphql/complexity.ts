import type { ComplexityEstimator } from "graphql-query-complexity";

/**
 * Field costs for graphql-query-complexity (see limits-plugin.ts). A list costs its items times
 * what each item selects, so nesting multiplies: 20 ailments x ~10 causes x ~10 therapies.
 */

/** Links per entity assumed when estimating (a typical list; a few entities have 20 or more). */
export const ESTIMATED_LINKS_PER_ENTITY = 5;

/**
 * A list whose length the `first` (or `last`) argument sets (its default when left out);
 * `weight` multiplies each item's cost when an item holds lists of its own (a path's nodes).
 */
export function pagedListCost(defaultFirst: number, weight = 1): ComplexityEstimator {
  return ({ args, childComplexity }) => {
    // `last` pages backwards through the same lists, at the same cost per item.
    const asked = [args.first, args.last].filter((n): n is number => typeof n === "number" && n > 0);
    const first = asked.length > 0 ? Math.max(...asked) : defaultFirst;
    return 1 + first * weight * Math.max(childComplexity, 1);
  };
}

/** A list of a node's links (no `first`: the estimate assumes a typical fan-out). */
export const linkListCost: ComplexityEstimator = ({ childComplexity }) => 1 + ESTIMATED_LINKS_PER_ENTITY * Math.max(childComplexity, 1);

/** A list of a fixed, capped size (path nodes, subgraph nodes). */
export function fixedListCost(items: number): ComplexityEstimator {
  return ({ childComplexity }) => 1 + items * Math.max(childComplexity, 1);
}
