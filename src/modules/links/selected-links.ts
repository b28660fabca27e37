import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from "graphql";
import { briefIn } from "./brief-neighbour";
import { linkFieldSpec, LinkRequest, LinkSpec } from "./link-fields";
import { memoByNode } from "./selection-walk";

const planned = new WeakMap<FieldNode, LinkRequest[]>();

/**
 * The typed link fields (LINK_FIELDS) selected on the value a resolver returns, as the requests
 * their resolvers will make, so the resolver can read them with the entity in one query. Fragments
 * are followed; a fragment on another type switches the type its fields are looked up on; fields
 * skipped by @skip/@include are left out. Nodes under one type and response key are judged together
 * (brief or not), as graphql-js merges them into one resolver call.
 */
export function selectedLinks(info: GraphQLResolveInfo, typeName: string): LinkRequest[] {
  return memoByNode(planned, info.fieldNodes, info, (walk) => {
    const groups = new Map<string, { spec: LinkSpec; nodes: FieldNode[] }>();
    const visit = (set: SelectionSetNode, onType: string, fragmentsSeen: ReadonlySet<string>) => {
      for (const selection of walk.kept(set)) {
        if (selection.kind === Kind.FIELD) {
          const spec = linkFieldSpec(onType, selection.name.value);
          if (!spec) continue;
          const group = `${onType}.${selection.alias?.value ?? selection.name.value}`;
          const found = groups.get(group) ?? { spec, nodes: [] };
          found.nodes.push(selection);
          groups.set(group, found);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          visit(selection.selectionSet, selection.typeCondition?.name.value ?? onType, fragmentsSeen);
        } else {
          const fragment = walk.fragment(selection.name.value);
          if (!fragment || fragmentsSeen.has(fragment.name.value)) continue;
          visit(
            fragment.selectionSet,
            fragment.typeCondition.name.value,
            new Set([...fragmentsSeen, fragment.name.value]),
          );
        }
      }
    };
    for (const node of info.fieldNodes) if (node.selectionSet) visit(node.selectionSet, typeName, new Set());
    const requests = new Map<string, LinkRequest>();
    for (const { spec, nodes } of groups.values()) {
      const request = { ...spec, brief: briefIn(walk, nodes) };
      requests.set(JSON.stringify(request), request);
    }
    return [...requests.values()];
  });
}
