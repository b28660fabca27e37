// The subgraph around entity $id: entities within $depth relationships (ignoring direction; the
// pattern stops at 3, the API's cap), along $types only when set (null = any type), nearest first,
// at most $nodeCap nodes including the start; then every relationship among those nodes (of $types),
// at most $relCap (+1 read to tell whether more were cut). No row when $id does not exist.
MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH p = ANY SHORTEST (start)-[r WHERE $types IS NULL OR type(r) IN $types]-{1,3}(m:Entity)
  WHERE length(p) <= $depth AND m <> start
  WITH m ORDER BY length(p), m.name, m.id LIMIT toInteger($nodeCap)
  RETURN collect(m) AS found
}
WITH [start] + found[..toInteger($nodeCap) - 1] AS nodes, size(found) >= toInteger($nodeCap) AS nodesCut
CALL (nodes) {
  UNWIND nodes AS x
  MATCH (x)-[r]->(y)
  WHERE y IN nodes AND ($types IS NULL OR type(r) IN $types)
  WITH r ORDER BY startNode(r) = nodes[0] OR endNode(r) = nodes[0] DESC LIMIT toInteger($relCap) + 1
  RETURN collect(r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS relationships
}
RETURN [n IN nodes | n {.*, labels: labels(n)}] AS nodes,
       relationships[..toInteger($relCap)] AS relationships,
       nodesCut OR size(relationships) > toInteger($relCap) AS truncated
