/** Saved operations the playground opens with; the end-to-end tests run every one of them. */
export interface ExampleOperation {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const playgroundExamples: ExampleOperation[] = [
  {
    title: "Entity by id",
    query: `# Any entity by its id; the inline fragments pick kind-specific fields.
query EntityById($id: ID!) {
  entity(id: $id) {
    id
    kind
    roles
    name
    synonyms
    summary
    ... on Contraindication { severity scope }
  }
}`,
    variables: { id: "muscle-spasm" },
  },
  {
    title: "Graph size",
    query: `query GraphStats {
  graphStats { entities relationships sources }
}`,
  },
];
