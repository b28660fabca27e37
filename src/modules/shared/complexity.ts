import type { ComplexityEstimator } from "graphql-query-complexity";
import { fanOut, type DegreeTable } from "../graph/degree-stats";
import { LinkDirection } from "../links/link-direction.enum";
import { linkFieldSpec } from "../links/link-fields";
import { RELATION_TYPES } from "../graph/relation-type";

/**
 * Field costs for graphql-query-complexity (see operation-limits.ts). A list costs its items times
 * what each item selects, so nesting multiplies. Link lists count their real fan-out (the graph's
 * degree statistics: a hub's degree, not an average); root fields add what their database work
 * costs (`base`), so asking for one item of an expensive traversal is not priced like a look-up.
 */

/** What the estimators read from the request: the graph's degrees and the per-list cap. */
export interface CostContext {
  degrees: DegreeTable | undefined;
  maxLinksPerList: number;
}

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

/** recommendTherapies: its paths are searched per requested ailment; each item carries paths of nodes. */
export const recommendationCost: ComplexityEstimator = ({ args, childComplexity }) => {
  const ailments = Array.isArray(args.ailments) ? args.ailments.length : 1;
  const first = typeof args.first === "number" && args.first > 0 ? args.first : 10;
  return 200 + 30 * ailments + first * 2 * Math.max(childComplexity, 1);
};

/** A typed link list (`causes`, `therapies`...) or `relations(types, direction)`: its fan-out times what each item selects. */
export const linkListCost: ComplexityEstimator = ({ type, field, args, childComplexity, context }) => {
  const { degrees, maxLinksPerList } = (context ?? {}) as Partial<CostContext>;
  const cap = maxLinksPerList ?? 100;
  const spec = linkFieldSpec(type.name, field.name);
  const types =
    spec?.types ?? (Array.isArray(args.types) && args.types.length > 0 ? (args.types as string[]) : RELATION_TYPES);
  const direction = spec?.direction ?? (args.direction as LinkDirection | undefined) ?? LinkDirection.BOTH;
  return 1 + fanOut(degrees, types, direction, cap) * Math.max(childComplexity, 1);
};

/** A list of a fixed, capped size (path nodes, subgraph nodes). */
export function fixedListCost(items: number): ComplexityEstimator {
  return ({ childComplexity }) => 1 + items * Math.max(childComplexity, 1);
}
