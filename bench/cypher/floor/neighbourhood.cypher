// The floor (bench/servers/floor-server.ts): the subgraph around entity $id as the API defines it
// (cypher/queries/traversal/neighbourhood.cypher: one distance at a time, nearest first, then by
// name and id, at most $nodeCap nodes and $relCap relationships among them; the API reads the first
// distance through the ordered link indexes, this plain statement expands it), returning only what
// the bench selects: each node's id and name, each relationship's type and ends.
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
  RETURN collect({type: type(r), from: startNode(r).id, to: endNode(r).id}) AS relationships
}
RETURN [n IN nodes | {id: n.id, name: n.name}] AS nodes,
       relationships[..toInteger($relCap)] AS relationships,
       nodesCut OR size(relationships) > toInteger($relCap) AS truncated
