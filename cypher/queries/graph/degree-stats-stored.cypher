// The graph's version for the degree statistics: the graph version (every write through the API or the
// seed loader bumps it) with the numbers of entities and of relationships (from Neo4j's count store, free),
// so a bulk import that does not bump the version still counts as a change. Then whether the statistics
// stored beside it (graph/degree-stats-store) are of that version, and the statistics themselves only when
// they are and the caller does not hold them yet ($known: the version of the caller's table, '' for none).
// A process checks this every DEGREE_STATS_TTL_MS; the table crosses the wire only when the graph changed.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS entities
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
WITH coalesce(v.version, 'none') + '/' + toString(entities) + '/' + toString(relationships) AS version
OPTIONAL MATCH (s:GraphVersion {id: 'degree-stats'})
WITH version, s, coalesce(s.version = version, false) AS fresh
RETURN version, fresh,
  CASE WHEN fresh AND version <> $known THEN s.keys END AS keys,
  CASE WHEN fresh AND version <> $known THEN s.max END AS max,
  CASE WHEN fresh AND version <> $known THEN s.p99 END AS p99
