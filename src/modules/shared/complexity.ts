import type { ComplexityEstimator } from "graphql-query-complexity";

/**
 * Field costs for graphql-query-complexity (see operation-limits.ts). A list costs its items times
 * what each item selects, so nesting multiplies. Link lists count their real fan-out (the graph's
 * degree statistics: a hub's degree, not an average); root fields add what their database work
 * costs (`base`), so asking for one item of an expensive traversal is not priced like a look-up.
 * The estimators that read the graph's degree statistics are in graph/degree-costs.ts and
 * links/link-cost.ts.
 */

/**
 * A list whose length the `first` (or `last`) argument sets (its default when left out);
 * `weight` multiplies each item's cost when an item holds lists of its own (a path's nodes);
 * `base` is the database work of the field itself.
 */
export function pagedListCost(
  defaultFirst: number,
  { weight = 1, base = 1 }: { weight?: number; base?: number | ((args: Record<string, unknown>) => number) } = {},
): ComplexityEstimator {
  return ({ args, childComplexity }) => {
    // `last` pages backwards through the same lists, at the same cost per item.
    const asked = [args.first, args.last].filter((n): n is number => typeof n === "number" && n > 0);
    const first = asked.length > 0 ? Math.max(...asked) : defaultFirst;
    return (typeof base === "number" ? base : base(args)) + first * weight * Math.max(childComplexity, 1);
  };
}

/** The database work of a traversal that grows with a numeric argument (maxHops, depth): `perUnit` for each. */
export function perUnit(
  argument: string,
  defaultValue: number,
  cost: number,
): (args: Record<string, unknown>) => number {
  return (args) => cost * (typeof args[argument] === "number" ? args[argument] : defaultValue);
}

/** A fixed, capped list (path nodes, subgraph nodes) after `base` of database work. */
export function workThenFixedList(base: (args: Record<string, unknown>) => number, items: number): ComplexityEstimator {
  return ({ args, childComplexity }) => base(args) + items * Math.max(childComplexity, 1);
}

/** A list of a fixed, capped size (path nodes, subgraph nodes). */
export function fixedListCost(items: number): ComplexityEstimator {
  return ({ childComplexity }) => 1 + items * Math.max(childComplexity, 1);
}
