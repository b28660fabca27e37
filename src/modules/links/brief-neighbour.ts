import type { FieldNode } from "graphql";
import { LINK_FIELDS } from "./link-fields";
import { memoByNode, Selection, SelectionWalk } from "./selection-walk";

/**
 * Neighbour fields a brief row (id, name, kind, labels) answers: the rest of them need no stored
 * property but the id (link lists, relations). Anything else, or anything new, reads the whole node.
 */
const BRIEF_FIELDS = new Set([
  "__typename",
  "id",
  "name",
  "kind",
  "roles",
  "relations",
  ...Object.values(LINK_FIELDS).flatMap(Object.keys),
]);

/** Fields of a link object besides its neighbour (`cause`, `therapy`, `entity`...). */
const LINK_OWN_FIELDS = new Set(["__typename", "relation", "direction"]);

const judged = new WeakMap<FieldNode, boolean>();

/**
 * True when a link list's selection (`causes { cause { id name } relation { note } }`, over every
 * node graphql-js merged under one response key) uses no neighbour property beyond the brief
 * ones, so the neighbours can be read without their summaries and synonyms.
 */
export function neighbourIsBrief(linkFieldNodes: readonly FieldNode[], selection: Selection): boolean {
  return memoByNode(judged, linkFieldNodes, selection, (walk) => briefIn(walk, linkFieldNodes));
}

/** neighbourIsBrief within a walk already under way (the look-ahead's), which notes any @skip/@include. */
export function briefIn(walk: SelectionWalk, linkFieldNodes: readonly FieldNode[]): boolean {
  const neighbourBrief = (field: FieldNode) =>
    field.selectionSet !== undefined && walk.fields(field.selectionSet).every((f) => BRIEF_FIELDS.has(f.name.value));
  return linkFieldNodes.every(
    (linkField) =>
      linkField.selectionSet !== undefined &&
      walk
        .fields(linkField.selectionSet)
        .every((field) => LINK_OWN_FIELDS.has(field.name.value) || neighbourBrief(field)),
  );
}
