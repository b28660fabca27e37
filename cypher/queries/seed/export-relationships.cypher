// Export: every relationship of a model type between two entities.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation
ORDER BY relation.from, relation.type, relation.to
