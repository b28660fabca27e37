// Neighbours of many entities at once, for the per-request link loader. Each key names an entity,
// the relationship types to follow, the direction (OUTGOING, INCOMING, BOTH), optionally the label
// the neighbour must carry, and the stored properties to return (key.nodeProps of the neighbour,
// key.relProps of the relationship, as lists in that order) besides its id, name and labels and the
// relationship's type and direction (`out`: true when it leaves the key's entity).
// At most $perEntity neighbours per key, by name then id.
// At most $maxRows rows in all: what the request's result budget still allows, plus one.
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
CALL (n, key) {
  // One typed branch per relationship type and direction, switched on by the key (types cannot be
  // parameters): only the relationships asked for are expanded, never the node's others.
  // The same block as in links/by-keys.cypher and entity/with-links.cypher (link-queries.test.ts).
  CALL (n, key) {
    // {{each type, joined by UNION ALL}}
    MATCH (n)-[r:{{type}}]->(m) WHERE '{{type}}' IN key.types AND key.direction <> 'INCOMING'
    RETURN r, m, true AS out
    UNION ALL
    MATCH (n)<-[r:{{type}}]-(m) WHERE '{{type}}' IN key.types AND key.direction <> 'OUTGOING'
    RETURN r, m, false AS out
    // {{end each}}
  }
  WITH r, m, out, labels(m) AS labels
  WHERE 'Entity' IN labels AND (key.label IS NULL OR key.label IN labels)
  RETURN r, m, out, labels
  ORDER BY m.name, m.id, type(r)
  LIMIT toInteger($perEntity)
}
RETURN key.position AS position, out, type(r) AS type, m.id AS id, m.name AS name, labels,
       [p IN key.nodeProps | m[p]] AS node, [p IN key.relProps | r[p]] AS relation
LIMIT toInteger($maxRows)
