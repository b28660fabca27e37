import type { NestedShape } from "./nested-shape";

/**
 * The nested question in @neo4j/graphql's terms. Link properties are only reachable through
 * connections; each list is sorted and capped as the API's (name, then id; MAX_LINKS_PER_LIST 100),
 * and therapies keep only links that are treatments, as the API's therapies field does (no stored
 * outcome, or "benefit"). A varied shape keeps its alias, its choice of fields and its id written
 * into the text, so the peer, too, sees a new text per question.
 */
const TREATMENT = `where: { edge: { OR: [{ outcome: { eq: null } }, { outcome: { eq: "benefit" } }] } }`;
const SORTED = `first: 100, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]`;

const pluralOf = (shape: NestedShape) => (shape.root === "ailment" ? "ailments" : "causes");

export function peerNestedQuery(shape: NestedShape): string {
  const lists = shape.lists
    .map((l) => {
      const filter = l.field === "therapies" ? `, ${TREATMENT}` : "";
      const properties = `${l.note ? " note" : ""}${l.evidence ? " evidence" : ""}`;
      return `${l.field}Connection(${SORTED}${filter}) { edges { properties {${properties} } node { id name } } }`;
    })
    .join(" ");
  const id = shape.inline ? JSON.stringify(shape.id) : "$id";
  const root = `${shape.alias ? `${shape.alias}: ` : ""}${pluralOf(shape)}(where: { id: { eq: ${id} } })`;
  const fields = `id name${shape.summary ? " summary" : ""}`;
  return `query${shape.inline ? "" : "($id: ID!)"} { ${root} { ${fields} ${lists} } }`;
}

export function peerNestedVariables(shape: NestedShape): Record<string, unknown> {
  return shape.inline ? {} : { id: shape.id };
}

type Edge = { properties: Record<string, unknown>; node: { id: string; name: string } };

/** The peer's answer in the API's shape: one entity or null, each link as { <neighbour>, relation }. */
export function peerNestedToApi(shape: NestedShape, data: Record<string, unknown>): Record<string, unknown> {
  const key = shape.alias ?? shape.root;
  const found = (data[shape.alias ?? pluralOf(shape)] as Record<string, unknown>[])[0];
  if (!found) return { [key]: null };
  const entity: Record<string, unknown> = { id: found.id, name: found.name };
  if (shape.summary) entity.summary = found.summary;
  for (const l of shape.lists) {
    const edges = (found[`${l.field}Connection`] as { edges: Edge[] }).edges;
    entity[l.field] = edges.map((e) => ({ [l.as]: e.node, relation: e.properties }));
  }
  return { [key]: entity };
}
