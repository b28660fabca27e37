import type { NestedShape } from "./nested-shape";

/**
 * The fixed nested question in @neo4j/graphql's terms. Link properties are only reachable through
 * connections; each list is sorted and capped as the API's (name, then id; MAX_LINKS_PER_LIST 100),
 * and therapies keep only links that are treatments, as the API's therapies field does (no stored
 * outcome, or "benefit").
 */
const TREATMENT = `where: { edge: { OR: [{ outcome: { eq: null } }, { outcome: { eq: "benefit" } }] } }`;
const SORTED = `first: 100, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]`;

export function peerNestedQuery(shape: NestedShape): string {
  const lists = shape.lists
    .map((l) => {
      const filter = l.field === "therapies" ? `, ${TREATMENT}` : "";
      return `${l.field}Connection(${SORTED}${filter}) { edges { properties { note evidence } node { id name } } }`;
    })
    .join(" ");
  const plural = shape.root === "ailment" ? "ailments" : "causes";
  return `query($id: ID!) { ${plural}(where: { id: { eq: $id } }) { id name summary ${lists} } }`;
}

type Edge = { properties: { note: unknown; evidence: unknown }; node: { id: string; name: string } };

/** The peer's answer in the API's shape: one entity or null, each link as { <neighbour>, relation }. */
export function peerNestedToApi(shape: NestedShape, data: Record<string, unknown>): Record<string, unknown> {
  const plural = shape.root === "ailment" ? "ailments" : "causes";
  const found = (data[plural] as Record<string, unknown>[])[0];
  if (!found) return { [shape.root]: null };
  const entity: Record<string, unknown> = { id: found.id, name: found.name, summary: found.summary };
  for (const l of shape.lists) {
    const edges = (found[`${l.field}Connection`] as { edges: Edge[] }).edges;
    entity[l.field] = edges.map((e) => ({
      [l.as]: e.node,
      relation: { note: e.properties.note, evidence: e.properties.evidence },
    }));
  }
  return { [shape.root]: entity };
}
