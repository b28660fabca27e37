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
  // parameters). Each seeks its type's index of links in neighbour-name order (link_out_<TYPE> on
  // fromId, toName, toId; link_in_<TYPE> on toId, fromName, fromId: copies of the ends' ids and names
  // kept on the relationship, src/db/link-keys.ts) and stops at $perEntity neighbours, so a list
  // costs the same on a hub as on a leaf. As Neo4j 5.26 plans it (link-hub.test.ts PROFILEs it):
  // the key switches a branch off inside the seek (a null id finds nothing), because a WHERE on the
  // key alone is checked after the seek, past every link of the hub; the ORDER BY names the leading
  // key, or the planner does not see the index's order and sorts every link; IS NOT NULL on the other
  // keys lets it use the composite index at all; the node's own end stays anonymous, or the planner
  // expands the node's links (it cannot tell a hub from a leaf). The neighbour rule comes before the cap.
  // The same block as in links/by-keys.cypher and entity/with-links.cypher (link-queries.test.ts).
  CALL (n, key) {
    // {{each type, joined by UNION ALL}}
    MATCH ()-[r:{{type}}]->(m)
    WHERE r.fromId = CASE WHEN '{{type}}' IN key.types AND key.direction <> 'INCOMING' THEN n.id END
      AND r.toName IS NOT NULL AND r.toId IS NOT NULL
    WITH r, m, labels(m) AS labels
    WHERE 'Entity' IN labels AND (key.label IS NULL OR key.label IN labels)
    WITH r, m, labels ORDER BY r.fromId, r.toName, r.toId LIMIT toInteger($perEntity)
    RETURN r, m, labels, true AS out
    UNION ALL
    MATCH (m)-[r:{{type}}]->()
    WHERE r.toId = CASE WHEN '{{type}}' IN key.types AND key.direction <> 'OUTGOING' THEN n.id END
      AND r.fromName IS NOT NULL AND r.fromId IS NOT NULL
    WITH r, m, labels(m) AS labels
    WHERE 'Entity' IN labels AND (key.label IS NULL OR key.label IN labels)
    WITH r, m, labels ORDER BY r.toId, r.fromName, r.fromId LIMIT toInteger($perEntity)
    RETURN r, m, labels, false AS out
    // {{end each}}
  }
  RETURN r, m, out, labels
  ORDER BY m.name, m.id, type(r)
  LIMIT toInteger($perEntity)
}
RETURN key.position AS position, out, type(r) AS type, m.id AS id, m.name AS name, labels,
       [p IN key.nodeProps | m[p]] AS node, [p IN key.relProps | r[p]] AS relation
LIMIT toInteger($maxRows)
