// Words as typed, not stemmed, in names and synonyms: typo-tolerant (fuzzy) terms are matched here,
// because against entity_text's stems a typo is several edits away (hipertension -> hypertens).
// Neo4j keeps one full-text index per schema, so this one covers names and synonyms only.
CREATE FULLTEXT INDEX entity_words IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.synonyms]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
