// Node counts per kind, for the stats field and the seed-on-empty check.
CALL () {
  MATCH (n:Entity) RETURN count(n) AS entities
}
CALL () {
  MATCH (s:Source) RETURN count(s) AS sources
}
CALL () {
  MATCH (:Entity)-[r]->() RETURN count(r) AS relationships
}
RETURN entities, sources, relationships
