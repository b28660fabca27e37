/** The root fields the explorer uses, with exactly the contract's names and shapes. */
const RELATION_FIELDS = "type from to note evidence practiceOnly sources { id title url }";
const NODE_FIELDS = "id name kind summary ... on RedFlag { urgency action }";

export const SEARCH_QUERY = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 8) { score entity { id name kind } }
}`;

export const NEIGHBOURHOOD_QUERY = `query ExplorerNeighbourhood($id: ID!, $depth: Int, $relationTypes: [RelationType!]) {
  neighbourhood(id: $id, depth: $depth, relationTypes: $relationTypes) {
    nodes { ${NODE_FIELDS} }
    relationships { ${RELATION_FIELDS} }
    truncated
  }
}`;

export const SHORTEST_PATH_QUERY = `query ExplorerShortestPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) {
    length
    explanation
    nodes { ${NODE_FIELDS} }
    relationships { ${RELATION_FIELDS} }
  }
}`;

export interface GraphNode {
  id: string;
  name: string;
  kind: string;
  summary?: string;
  urgency?: string;
  action?: string;
}

/** An ailment's red flags, shown above everything else when the ailment is selected. */
export const RED_FLAGS_QUERY = `query ExplorerRedFlags($id: ID!) {
  ailment(id: $id) { redFlags { redFlag { id name urgency action } } }
}`;

export interface RedFlagItem {
  redFlag: { id: string; name: string; urgency: string; action: string };
}

export interface GraphRelation {
  type: string;
  from: string;
  to: string;
  note: string | null;
  evidence: string | null;
  practiceOnly: boolean;
  sources: { id: string; title: string; url: string | null }[];
}

export interface Subgraph {
  nodes: GraphNode[];
  relationships: GraphRelation[];
  truncated: boolean;
}

export interface GraphPath {
  length: number;
  explanation: string;
  nodes: GraphNode[];
  relationships: GraphRelation[];
}

export interface SearchHit {
  score: number;
  entity: { id: string; name: string; kind: string };
}

export const relationId = (r: { type: string; from: string; to: string }) => `${r.type}:${r.from}->${r.to}`;
