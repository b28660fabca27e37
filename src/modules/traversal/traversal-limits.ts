/** Caps of the traversal fields; the Cypher patterns stop at the same numbers. */
export const TRAVERSAL_LIMITS = {
  relatedFirst: 10,
  pathsFirst: 10,
  pathHops: { default: 4, min: 2, max: 6 },
  shortestHops: { default: 6, min: 1, max: 10 },
  depth: { default: 1, min: 1, max: 3 },
  /** Nodes and relationships a neighbourhood returns at most (a drawing stays readable). */
  neighbourhoodNodes: 150,
  neighbourhoodRelationships: 400,
} as const;
