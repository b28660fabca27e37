/**
 * The same model for @neo4j/graphql (the peer): the labels, properties and relationship types
 * the API reads, with relationship properties on the nested links. Each type maps to its one kind
 * label (every Ailment node is an Entity too, so a second label only adds a check per node read: 25
 * to 50% more db hits for the peer in bench v2); each kind label has its own id constraint and name
 * index (cypher/schema), so the peer's lookups and sorts are indexed as well as the API's. The full-text query uses the
 * existing `entity_text` index (the library does not create it); @fulltext fields must be scalar
 * strings, so the list property `synonyms` is left out of the declaration (the index still covers it).
 */
export const peerTypeDefs = /* GraphQL */ `
  type Link @relationshipProperties {
    note: String
    evidence: String
    stage: String
    outcome: String
    sources: [String!]
  }

  type Entity
    @node(labels: ["Entity"])
    @fulltext(indexes: [{ indexName: "entity_text", queryName: "searchEntities", fields: ["name", "summary"] }]) {
    id: ID!
    kind: String!
    name: String!
    summary: String
  }

  type Ailment @node(labels: ["Ailment"]) {
    id: ID!
    kind: String!
    name: String!
    synonyms: [String!]
    summary: String
    category: String
    causes: [Cause!]! @relationship(type: "CAUSED_BY", direction: OUT, properties: "Link")
    therapies: [Therapy!]! @relationship(type: "TREATED_BY", direction: OUT, properties: "Link")
  }

  type Cause @node(labels: ["Cause"]) {
    id: ID!
    kind: String!
    name: String!
    synonyms: [String!]
    summary: String
    ailments: [Ailment!]! @relationship(type: "CAUSED_BY", direction: IN, properties: "Link")
    therapies: [Therapy!]! @relationship(type: "TREATED_BY", direction: OUT, properties: "Link")
  }

  type Therapy @node(labels: ["Therapy"]) {
    id: ID!
    kind: String!
    name: String!
    synonyms: [String!]
    summary: String
    contraindications: [Contraindication!]!
      @relationship(type: "CONTRAINDICATED_BY", direction: OUT, properties: "Link")
  }

  type Contraindication @node(labels: ["Contraindication"]) {
    id: ID!
    kind: String!
    name: String!
    summary: String
    severity: String
    scope: String
  }
`;
