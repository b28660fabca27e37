import {
  FieldNode,
  FragmentDefinitionNode,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLResolveInfo,
  GraphQLSkipDirective,
  Kind,
  SelectionSetNode,
} from "graphql";

export type Selection = Pick<GraphQLResolveInfo, "fragments" | "variableValues">;

/**
 * Walks a query's selections for a resolver that plans ahead (selected-links, brief-neighbour).
 * Notes whether @skip/@include took part, because only then can the answer change with the
 * variables; otherwise it is kept per AST node (see `memoByNode`).
 */
export class SelectionWalk {
  usedDirectives = false;

  constructor(readonly selection: Selection) {}

  /** The selections of `set` that this request keeps (@skip/@include applied). */
  kept(set: SelectionSetNode) {
    return set.selections.filter((node) => {
      if (!node.directives?.length) return true;
      this.usedDirectives = true;
      const variables = this.selection.variableValues;
      return (
        getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true &&
        getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false
      );
    });
  }

  fragment(name: string): FragmentDefinitionNode | undefined {
    return this.selection.fragments[name];
  }

  /** Every field selected in `set`, through fragments, in selection order. */
  fields(set: SelectionSetNode, seen: ReadonlySet<string> = new Set()): FieldNode[] {
    return this.kept(set).flatMap((node): FieldNode[] => {
      if (node.kind === Kind.FIELD) return [node];
      if (node.kind === Kind.INLINE_FRAGMENT) return this.fields(node.selectionSet, seen);
      const fragment = this.fragment(node.name.value);
      return !fragment || seen.has(fragment.name.value)
        ? []
        : this.fields(fragment.selectionSet, new Set([...seen, fragment.name.value]));
    });
  }
}

/**
 * Apollo keeps each parsed operation, so the same AST nodes come back with every request of it:
 * an answer worked out from one resolver's lone field node is kept for that node, unless
 * @skip/@include took part in it.
 */
export function memoByNode<T>(
  cache: WeakMap<FieldNode, T>,
  nodes: readonly FieldNode[],
  selection: Selection,
  work: (walk: SelectionWalk) => T,
): T {
  const only = nodes.length === 1 ? nodes[0] : undefined;
  const known = only && cache.get(only);
  if (known !== undefined) return known;
  const walk = new SelectionWalk(selection);
  const answer = work(walk);
  if (only && !walk.usedDirectives) cache.set(only, answer);
  return answer;
}
