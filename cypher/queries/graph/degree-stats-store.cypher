// Stores the degree statistics of graph version $version (graph/degree-stats, as parallel lists: the key
// `${type}:${direction}`, the largest degree and the 99th percentile), inside the transaction that locked
// them (graph/degree-stats-lock).
MATCH (s:GraphVersion {id: 'degree-stats'})
SET s.version = $version, s.keys = $keys, s.max = $max, s.p99 = $p99, s.computedAt = datetime()
