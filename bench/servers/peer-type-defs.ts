/**
 * The same model for @neo4j/graphql (the peer): the labels, properties and relationship types
 * the API reads, with relationship properties on the nested links. The full-text query uses the
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

  type Ailment @node(labels: ["Ailment", "Entity"]) {
    id: ID!
    kind: String!
    name: String!
    synonyms: [String!]
    summary: String
    category: String
    causes: [Cause!]! @relationship(type: "CAUSED_BY", direction: OUT, properties: "Link")
    therapies: [Therapy!]! @relationship(type: "TREATED_BY", direction: OUT, properties: "Link")
  }

  type Cause @node(labels: ["Cause", "Entity"]) {
    id: ID!
    kind: String!
    name: String!
    synonyms: [String!]
    summary: String
    ailments: [Ailment!]! @relationship(type: "CAUSED_BY", direction: IN, properties: "Link")
    therapies: [Therapy!]! @relationship(type: "TREATED_BY", direction: OUT, properties: "Link")
  }

  type Therapy @node(labels: ["Therapy", "Entity"]) {
    id: ID!
    kind: String!
    name: String!
    synonyms: [String!]
    summary: String
    contraindications: [Contraindication!]!
      @relationship(type: "CONTRAINDICATED_BY", direction: OUT, properties: "Link")
  }

  type Contraindication @node(labels: ["Contraindication", "Entity"]) {
    id: ID!
    kind: String!
    name: String!
    summary: String
    severity: String
    scope: String
  }
`;
