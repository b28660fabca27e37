// The subgraph around entity $id: entities within $depth relationships (ignoring direction; 1 to 3,
// the API's cap), along $types only, nearest first, then by name and id, at most $nodeCap nodes
// including the start; then every relationship among those nodes (of $types), at most $relCap
// (+1 read to tell whether more were cut). No row when $id does not exist.
// Read one distance at a time, and the next distance only while the nearer ones leave room under
// $nodeCap: then every node of the nearer distance was kept, so expanding the kept ones finds the
// whole next distance. A hub thus costs its own degree plus the degrees of fewer than $nodeCap
// neighbours, never the whole graph within 3 steps (what a shortest-path search per node read).
MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH (start)-[r]-(m:Entity)
  WHERE type(r) IN $types AND m <> start
  WITH DISTINCT m ORDER BY m.name, m.id LIMIT toInteger($nodeCap)
  RETURN collect(m) AS one
}
CALL (start, one) {
  WITH start, one WHERE $depth >= 2 AND size(one) < toInteger($nodeCap)
  UNWIND one AS x
  MATCH (x)-[r]-(m:Entity)
  WHERE type(r) IN $types AND m <> start AND NOT m IN one
  WITH DISTINCT m ORDER BY m.name, m.id LIMIT toInteger($nodeCap)
  RETURN collect(m) AS two
}
CALL (start, one, two) {
  WITH start, one + two AS near, two WHERE $depth >= 3 AND size(near) < toInteger($nodeCap)
  UNWIND two AS x
  MATCH (x)-[r]-(m:Entity)
  WHERE type(r) IN $types AND m <> start AND NOT m IN near
  WITH DISTINCT m ORDER BY m.name, m.id LIMIT toInteger($nodeCap)
  RETURN collect(m) AS three
}
WITH start, (one + two + three)[..toInteger($nodeCap)] AS found
WITH [start] + found[..toInteger($nodeCap) - 1] AS nodes, size(found) >= toInteger($nodeCap) AS nodesCut
CALL (nodes) {
  UNWIND nodes AS x
  MATCH (x)-[r]->(y)
  WHERE y IN nodes AND type(r) IN $types
  WITH r ORDER BY startNode(r) = nodes[0] OR endNode(r) = nodes[0] DESC LIMIT toInteger($relCap) + 1
  // The properties a Relation shows, not the link keys (fromId, fromName...) kept for ordered reads.
  RETURN collect(r {.note, .evidence, .stage, .outcome, .group, .practiceOnly, .sources, .locators, type: type(r),
                    from: startNode(r).id, to: endNode(r).id}) AS relationships
}
RETURN [n IN nodes | n {.*, labels: labels(n)}] AS nodes,
       relationships[..toInteger($relCap)] AS relationships,
       nodesCut OR size(relationships) > toInteger($relCap) AS truncated
