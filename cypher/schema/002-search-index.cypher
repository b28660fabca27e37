// Full-text search over names, synonyms and summaries of every entity.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.synonyms, n.summary]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
