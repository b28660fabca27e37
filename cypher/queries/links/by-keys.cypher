// Neighbours of many entities at once, for the per-request link loader. Each key names an entity,
// the relationship types to follow, the direction (OUTGOING, INCOMING, BOTH) and, optionally, the
// label the neighbour must carry. At most $perEntity neighbours per key, by name then id.
// At most $maxRows rows in all: what the request's result budget still allows, plus one.
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
CALL (n, key) {
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) IN key.types
    AND (key.direction = 'BOTH' OR (startNode(r) = n) = (key.direction = 'OUTGOING'))
    AND (key.label IS NULL OR key.label IN labels(m))
  RETURN r, m
  ORDER BY m.name, m.id, type(r)
  LIMIT toInteger($perEntity)
}
RETURN key.position AS position,
       m {.*, labels: labels(m)} AS node,
       r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS relation
LIMIT toInteger($maxRows)
