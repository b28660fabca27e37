/**
 * Saved operations the playground opens with; the end-to-end tests run every one of them, also
 * through Apollo Client and urql's Graphcache, and type-check them with GraphQL Code Generator.
 * They select `id` on every object that has one, as a client with a normalised cache should.
 */
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
    __typename
    id
    kind
    roles
    name
    synonyms
    summary
    updatedAt
    ... on Contraindication { severity scope }
  }
}`,
    variables: { id: "muscle-spasm" },
  },
  {
    title: "Recommend therapies",
    query: `# Red flags first, then the questions the answer waits on, the therapies, and what is not supported.
# conditions: your own contraindications, ailments or causes (ids, names or synonyms). Not medical advice.
query RecommendTherapies($ailments: [ID!]!, $conditions: [ID!], $first: Int) {
  recommendTherapies(ailments: $ailments, conditions: $conditions, first: $first) {
    redFlags { redFlag { id name urgency action } ailments { id name } }
    questions { id kind text effect howToAnswer therapies { id name } }
    items {
      therapy { id name }
      score
      addresses { id name }
      why { id explanation relationships { id type note evidence sources { id title url } } }
      precautions { id name severity scope adaptation { pressure position avoid maxMinutes clearance } }
      precautionNotes
    }
    conditional { therapy { id name } dependsOn }
    excluded { therapy { id name } because { id name } reasons }
    notSupported { therapy { id name } about { id name } outcome relation { id note evidence } }
    appliedConditions { id name severity scope }
    disclaimer
  }
}`,
    variables: { ailments: ["muscle-spasm"], conditions: ["pregnancy"], first: 5 },
  },
  {
    title: "Answer the questions for a definite answer",
    query: `# hypertension's states are never assumed: answer its questions (confirmedStates, ruledOutStates)
# and give an ailment's stage (stages) for a definite answer. Names and synonyms work too.
query RecommendAnswered($ailments: [ID!]!, $conditions: [ID!], $yes: [ID!], $no: [ID!], $stages: [AilmentStageInput!]) {
  recommendTherapies(ailments: $ailments, conditions: $conditions, confirmedStates: $yes, ruledOutStates: $no, stages: $stages, first: 5) {
    questions { id text }
    items { therapy { id name } score precautionNotes }
    excluded { therapy { id name } reasons }
    appliedConditions { id name }
    disclaimer
  }
}`,
    variables: {
      ailments: ["muscle strain", "stress"],
      conditions: ["high blood pressure"],
      yes: ["controlled-hypertension"],
      stages: [{ ailment: "muscle-strain", stage: "SUBACUTE" }],
    },
  },
  {
    title: "Resolve free text",
    query: `# What a picker's text names: an id, a name or a synonym (any case), or close suggestions.
query ResolveTerms($texts: [String!]!, $kinds: [EntityKind!]) {
  resolveTerms(texts: $texts, kinds: $kinds) { text matchedBy entity { id name kind } suggestions { id name } }
}`,
    variables: { texts: ["dvt", "High blood pressure", "migrane"], kinds: ["AILMENT", "CONTRAINDICATION"] },
  },
  {
    title: "An ailment's red flags and the evidence against",
    query: `query RedFlags($id: ID!) {
  ailment(id: $id) {
    id
    name
    redFlags { id redFlag { id name urgency action suggests { id entity { id name } } } relation { id sources { id title url } } }
    notSupported { id therapy { id name } relation { id outcome note evidence } }
  }
}`,
    variables: { id: "migraine" },
  },
  {
    title: "List ailments (paged)",
    query: `# Relay cursor pages ordered by name; pass pageInfo.endCursor as $after for the next page
# (or $last with pageInfo.startCursor as $before for the page before).
query ListAilments($first: Int, $after: String, $last: Int, $before: String, $nameContains: String, $category: String) {
  ailments(first: $first, after: $after, last: $last, before: $before, nameContains: $nameContains, category: $category) {
    totalCount
    edges { cursor node { id name category } }
    pageInfo { hasNextPage endCursor hasPreviousPage startCursor }
  }
}`,
    variables: { first: 5, category: "musculoskeletal" },
  },
  {
    title: "List causes, therapies and contraindications",
    query: `# The same paging and filters for the other kinds; contraindications also filter by severity and scope.
# A cause is a ContributingFactor or an Ailment that causes others (stress): ask __typename.
query ListOthers {
  causes(first: 5, nameContains: "stress") { totalCount edges { node { __typename id name roles } } }
  therapies(first: 5) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } }
  contraindications(first: 5, severity: ABSOLUTE, scope: GENERAL) { totalCount edges { node { id name severity scope } } }
}`,
  },
  {
    title: "Ailment with causes and therapies",
    query: `# Nested links carry the relationship: note, evidence grade and sources (batched, no N+1).
query AilmentDetails($id: ID!) {
  ailment(id: $id) {
    id
    name
    causes {
      id
      cause { __typename id name therapies { id therapy { id name } } }
      relation { id type note evidence sources { id title url } }
    }
    therapies { id therapy { id name } relation { id note evidence } }
    relatedAilments { id ailment { id name } relation { id type note } }
    contraindicationStates { id contraindication { id name severity scope } }
    relations(types: [PREVENTED_BY]) { id entity { id name } relation { id note } }
  }
}`,
    variables: { id: "muscle-spasm" },
  },
  {
    title: "Search",
    query: `# Full text over names, synonyms and summaries; prefixes and small typos match; any text is safe.
query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    score
    entity { id kind name synonyms }
  }
}`,
    variables: { text: "charley horse", first: 5 },
  },
  {
    title: "Related ailments",
    query: `# Ranked by explicit links, shared causes and shared therapies, with the reasons in words.
query RelatedAilments($id: ID!, $first: Int) {
  relatedAilments(id: $id, first: $first) {
    ailment { id name }
    score
    reasons
  }
}`,
    variables: { id: "muscle-spasm", first: 5 },
  },
  {
    title: "Cause-to-treatment paths",
    query: `# Ailment -> cause (-> what brings it on) -> therapy, shortest first; drop $to for every therapy.
query CauseTreatmentPaths($from: ID!, $to: ID, $maxHops: Int, $first: Int) {
  causeTreatmentPaths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    id
    length
    explanation
    nodes { id name }
    relationships { id type from to note evidence sources { id title } }
  }
}`,
    variables: { from: "muscle-spasm", to: "relaxation-massage", maxHops: 4, first: 5 },
  },
  {
    title: "Shortest path",
    query: `# The shortest path between any two entities, ignoring direction; null when there is none.
query ShortestPath($from: ID!, $to: ID!, $maxHops: Int) {
  shortestPath(from: $from, to: $to, maxHops: $maxHops) {
    id
    length
    explanation
    nodes { id kind name }
    relationships { id type from to note }
  }
}`,
    variables: { from: "hypertension", to: "relaxation-massage" },
  },
  {
    title: "Neighbourhood",
    query: `# The subgraph around an entity, for drawing: nodes plus every relationship among them.
query Neighbourhood($id: ID!, $depth: Int, $relationTypes: [RelationType!]) {
  neighbourhood(id: $id, depth: $depth, relationTypes: $relationTypes) {
    id
    truncated
    nodes { id kind name }
    relationships { id type from to evidence }
  }
}`,
    variables: { id: "stress", depth: 1, relationTypes: ["CAUSED_BY", "TREATED_BY"] },
  },
  {
    title: "Graph size",
    query: `query GraphStats {
  graphStats { entities relationships sources }
}`,
  },
  {
    title: "A cause that is also an ailment",
    query: `# One entity, one type: stress is an Ailment whichever field returns it, and plays the Cause role.
query StressRoles {
  cause(id: "stress") {
    __typename
    id
    name
    roles
    ailments { id ailment { id name } relation { id evidence } }
    ... on Ailment { causes { id cause { id name } } }
  }
}`,
  },
  {
    title: "Any object by id (node)",
    query: `# Entities and sources by slug, relations as <from>:<TYPE>:<to>: refetch anything a cache holds.
query NodeById($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Entity { name }
    ... on Relation { type from to note evidence sources { id title } }
    ... on Source { title url }
  }
}`,
    variables: { id: "muscle-spasm:CAUSED_BY:stress" },
  },
];
