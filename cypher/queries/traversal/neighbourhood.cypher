// The subgraph around entity $id: entities within $depth relationships (ignoring direction; 1 to 3,
// the API's cap), along $types only, nearest first, then by name and id, at most $nodeCap nodes
// including the start; then every relationship among those nodes (of $types), at most $relCap
// (+1 read to tell whether more were cut). No row when $id does not exist. Nodes and relationships
// carry only the stored properties the request selects ($nodeProps, $relProps), as link reads do.
// Read one distance at a time, and the next distance only while the nearer ones leave room under
// $nodeCap: then every node of the nearer distance was kept, so expanding the kept ones finds the
// whole next distance. A hub is read through the ordered link indexes, at every distance (so it costs
// what a leaf does; this relies on the link keys every write keeps on a relationship,
// src/db/link-keys.ts), other nodes by expanding them: never the whole graph within 3 steps (what a
// shortest-path search per node read).
MATCH (start:Entity {id: $id})
CALL (start) {
  // The first distance through the ordered link indexes, as links/by-keys.cypher reads a capped list
  // (its comment says why each clause is written so): per type and direction at most $nodeCap
  // neighbours by name and id, so a hub's first step costs what a leaf's does. The first $nodeCap of all
  // are among those: each is among the first $nodeCap of the type and direction that reaches it.
  CALL (start) {
    // {{each type, joined by UNION ALL}}
    MATCH ()-[r:{{type}}]->(m)
    WHERE r.fromId = CASE WHEN '{{type}}' IN $types THEN start.id END
      AND r.toName IS NOT NULL AND r.toId IS NOT NULL
    WITH r, m
    WHERE m:Entity AND r.toId <> start.id
    WITH r, m ORDER BY r.fromId, r.toName, r.toId LIMIT toInteger($nodeCap)
    RETURN m
    UNION ALL
    MATCH (m)-[r:{{type}}]->()
    WHERE r.toId = CASE WHEN '{{type}}' IN $types THEN start.id END
      AND r.fromName IS NOT NULL AND r.fromId IS NOT NULL
    WITH r, m
    WHERE m:Entity AND r.fromId <> start.id
    WITH r, m ORDER BY r.toId, r.fromName, r.fromId LIMIT toInteger($nodeCap)
    RETURN m
    // {{end each}}
  }
  WITH DISTINCT m ORDER BY m.name, m.id LIMIT toInteger($nodeCap)
  RETURN collect(m) AS one
}
// A request's text leaves out the distances beyond its depth (forDepth, src/db/query-names.ts): their
// sections below, whose lists stay empty then.
WITH start, one, [] AS two, [] AS three
// {{from depth 2}}
CALL (start, one) {
  WITH start, one WHERE $depth >= 2 AND size(one) < toInteger($nodeCap)
  UNWIND one AS x
  // A kept node of few links is expanded; a hub (more links than twice $nodeCap) is read as the first
  // distance is, its first 2 * $nodeCap + 1 neighbours per type and direction by name: at most $nodeCap
  // of those are excluded (the start and the first distance), so its first $nodeCap new neighbours, all
  // the next distance can keep from it, are among them.
  CALL (x) {
    WITH x WHERE COUNT { (x)--() } <= 2 * toInteger($nodeCap) + 1
    MATCH (x)-[r]-(m:Entity)
    WHERE type(r) IN $types
    RETURN m
    UNION ALL
    WITH x WHERE COUNT { (x)--() } > 2 * toInteger($nodeCap) + 1
    CALL (x) {
      // {{each type, joined by UNION ALL}}
      MATCH ()-[r:{{type}}]->(m)
      WHERE r.fromId = CASE WHEN '{{type}}' IN $types THEN x.id END
        AND r.toName IS NOT NULL AND r.toId IS NOT NULL
      WITH r, m
      WHERE m:Entity
      WITH r, m ORDER BY r.fromId, r.toName, r.toId LIMIT 2 * toInteger($nodeCap) + 1
      RETURN m
      UNION ALL
      MATCH (m)-[r:{{type}}]->()
      WHERE r.toId = CASE WHEN '{{type}}' IN $types THEN x.id END
        AND r.fromName IS NOT NULL AND r.fromId IS NOT NULL
      WITH r, m
      WHERE m:Entity
      WITH r, m ORDER BY r.toId, r.fromName, r.fromId LIMIT 2 * toInteger($nodeCap) + 1
      RETURN m
      // {{end each}}
    }
    RETURN m
  }
  WITH start, one, m WHERE m <> start AND NOT m IN one
  WITH DISTINCT m ORDER BY m.name, m.id LIMIT toInteger($nodeCap)
  RETURN collect(m) AS reached
}
WITH start, one, reached AS two, three
// {{end depth}}
// {{from depth 3}}
CALL (start, one, two) {
  WITH start, one + two AS near, two WHERE $depth >= 3 AND size(near) < toInteger($nodeCap)
  UNWIND two AS x
  // As the second distance: a hub among the kept nodes is read through the ordered link indexes.
  CALL (x) {
    WITH x WHERE COUNT { (x)--() } <= 2 * toInteger($nodeCap) + 1
    MATCH (x)-[r]-(m:Entity)
    WHERE type(r) IN $types
    RETURN m
    UNION ALL
    WITH x WHERE COUNT { (x)--() } > 2 * toInteger($nodeCap) + 1
    CALL (x) {
      // {{each type, joined by UNION ALL}}
      MATCH ()-[r:{{type}}]->(m)
      WHERE r.fromId = CASE WHEN '{{type}}' IN $types THEN x.id END
        AND r.toName IS NOT NULL AND r.toId IS NOT NULL
      WITH r, m
      WHERE m:Entity
      WITH r, m ORDER BY r.fromId, r.toName, r.toId LIMIT 2 * toInteger($nodeCap) + 1
      RETURN m
      UNION ALL
      MATCH (m)-[r:{{type}}]->()
      WHERE r.toId = CASE WHEN '{{type}}' IN $types THEN x.id END
        AND r.fromName IS NOT NULL AND r.fromId IS NOT NULL
      WITH r, m
      WHERE m:Entity
      WITH r, m ORDER BY r.toId, r.fromName, r.fromId LIMIT 2 * toInteger($nodeCap) + 1
      RETURN m
      // {{end each}}
    }
    RETURN m
  }
  WITH start, near, m WHERE m <> start AND NOT m IN near
  WITH DISTINCT m ORDER BY m.name, m.id LIMIT toInteger($nodeCap)
  RETURN collect(m) AS reached
}
WITH start, one, two, reached AS three
// {{end depth}}
WITH start, (one + two + three)[..toInteger($nodeCap)] AS found
WITH [start] + found[..toInteger($nodeCap) - 1] AS nodes, size(found) >= toInteger($nodeCap) AS nodesCut
CALL (nodes) {
  UNWIND nodes AS x
  // Each kept node's outgoing links to the others; a node with more outgoing links than $nodeCap (a
  // hub) is not expanded but checked against each kept node in turn (Expand(Into) reads the smaller
  // side of each pair), so the step costs the kept nodes' degrees, not a hub's.
  CALL (x, nodes) {
    WITH x, nodes WHERE COUNT { (x)-->() } <= toInteger($nodeCap)
    MATCH (x)-[r]->(y)
    WHERE y IN nodes AND type(r) IN $types
    RETURN r
    UNION ALL
    WITH x, nodes WHERE COUNT { (x)-->() } > toInteger($nodeCap)
    UNWIND nodes AS y
    MATCH (x)-[r]->(y)
    WHERE type(r) IN $types
    RETURN r
  }
  WITH r ORDER BY startNode(r) = nodes[0] OR endNode(r) = nodes[0] DESC LIMIT toInteger($relCap) + 1
  // Only the stored properties the request selects ($relProps; never the link keys kept for ordered reads).
  RETURN collect({type: type(r), from: startNode(r).id, to: endNode(r).id, relation: [p IN $relProps | r[p]]})
    AS relationships
}
// Each node's id, name and labels, and the stored properties the request selects ($nodeProps).
RETURN [n IN nodes | {id: n.id, name: n.name, labels: labels(n), node: [p IN $nodeProps | n[p]]}] AS nodes,
       relationships[..toInteger($relCap)] AS relationships,
       nodesCut OR size(relationships) > toInteger($relCap) AS truncated
