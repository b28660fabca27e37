import { getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, SelectionNode } from "graphql";

/** False when @skip(if: true) or @include(if: false) leaves the selection out of this request. */
export function included(node: SelectionNode, variables: Record<string, unknown>): boolean {
  return getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}
