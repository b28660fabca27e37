import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, Kind, SelectionSetNode } from "graphql";
import { included } from "./included";
import { LINK_FIELDS, LinkRequest, LinkSpec } from "./link-fields";

type Selection = Pick<GraphQLResolveInfo, "fragments" | "variableValues">;

/**
 * Neighbour fields a brief row (id, name, kind, labels) answers: the rest of them need no stored
 * property but the id (link lists, relations). Anything else, or anything new, reads the whole node.
 */
const BRIEF_FIELDS = new Set(["__typename", "id", "name", "kind", "roles", "relations", ...Object.values(LINK_FIELDS).flatMap(Object.keys)]);

/** Fields of a link object besides its neighbour (`cause`, `therapy`, `entity`...). */
const LINK_OWN_FIELDS = new Set(["__typename", "relation", "direction"]);

/** Every field selected in `set`, through fragments, minus those @skip/@include leave out. */
function* fieldsOf(set: SelectionSetNode, { fragments, variableValues }: Selection, seen = new Set<string>()): Generator<FieldNode> {
  for (const selection of set.selections) {
    if (!included(selection, variableValues)) continue;
    if (selection.kind === Kind.FIELD) yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT) yield* fieldsOf(selection.selectionSet, { fragments, variableValues }, seen);
    else {
      const fragment: FragmentDefinitionNode | undefined = fragments[selection.name.value];
      if (!fragment || seen.has(fragment.name.value)) continue;
      yield* fieldsOf(fragment.selectionSet, { fragments, variableValues }, new Set([...seen, fragment.name.value]));
    }
  }
}

/**
 * True when a link list's selection (`causes { cause { id name } relation { note } }`, over every
 * node graphql-js merged under one response key) uses no neighbour property beyond the brief
 * ones, so the neighbours can be read without their summaries and synonyms.
 */
export function neighbourIsBrief(linkFieldNodes: readonly FieldNode[], selection: Selection): boolean {
  for (const linkField of linkFieldNodes) {
    if (!linkField.selectionSet) return false;
    for (const field of fieldsOf(linkField.selectionSet, selection)) {
      if (LINK_OWN_FIELDS.has(field.name.value)) continue;
      if (!field.selectionSet) return false;
      for (const neighbourField of fieldsOf(field.selectionSet, selection)) if (!BRIEF_FIELDS.has(neighbourField.name.value)) return false;
    }
  }
  return true;
}

/** What a link field's resolver asks the link loader for: its spec, brief when its selection allows. */
export function linkRequest(spec: LinkSpec, info: GraphQLResolveInfo): LinkRequest {
  return { ...spec, brief: neighbourIsBrief(info.fieldNodes, info) };
}
