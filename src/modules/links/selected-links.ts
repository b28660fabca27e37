import { getDirectiveValues, GraphQLIncludeDirective, GraphQLResolveInfo, GraphQLSkipDirective, Kind, SelectionNode, SelectionSetNode } from "graphql";
import { linkFieldSpec, LinkSpec } from "./link-fields";

/**
 * The typed link fields (LINK_FIELDS) selected on the value a resolver returns, as specs, so the
 * resolver can read them with the entity in one query. Fragments are followed; a fragment on another
 * type switches the type its fields are looked up on; fields skipped by @skip/@include are left out.
 */
export function selectedLinks(info: GraphQLResolveInfo, typeName: string): LinkSpec[] {
  const found = new Map<string, LinkSpec>();
  const included = (node: SelectionNode) =>
    getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
  const visit = (set: SelectionSetNode, onType: string, fragmentsSeen: Set<string>) => {
    for (const selection of set.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const spec = linkFieldSpec(onType, selection.name.value);
        if (spec) found.set(JSON.stringify(spec), spec);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, selection.typeCondition?.name.value ?? onType, fragmentsSeen);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (!fragment || fragmentsSeen.has(fragment.name.value)) continue;
        visit(fragment.selectionSet, fragment.typeCondition.name.value, new Set([...fragmentsSeen, fragment.name.value]));
      }
    }
  };
  for (const node of info.fieldNodes) if (node.selectionSet) visit(node.selectionSet, typeName, new Set());
  return [...found.values()];
}
