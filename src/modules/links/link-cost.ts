import type { ComplexityEstimator } from "graphql-query-complexity";
import { costContext, fanOut, LinkDirection, RELATION_TYPES } from "../graph";
import { linkFieldSpec } from "./link-fields";

/** A typed link list (`causes`, `therapies`...) or `relations(types, direction)`: its fan-out times what each item selects. */
export const linkListCost: ComplexityEstimator = ({ type, field, args, childComplexity, context }) => {
  const { degrees, maxLinksPerList } = costContext(context);
  const cap = maxLinksPerList ?? 100;
  const spec = linkFieldSpec(type.name, field.name);
  const types =
    spec?.types ?? (Array.isArray(args.types) && args.types.length > 0 ? (args.types as string[]) : RELATION_TYPES);
  const direction = spec?.direction ?? (args.direction as LinkDirection | undefined) ?? LinkDirection.BOTH;
  return 1 + fanOut(degrees, types, direction, cap) * Math.max(childComplexity, 1);
};
