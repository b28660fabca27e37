// One entity and, in the same read, its links for each key: the typed link fields its query selects
// (ailment(id) { causes therapies }), so the common nested question is one round trip, not two.
// Keys, the neighbour rule, the order, the limit and the rows are those of links/by-keys.cypher (the
// link loader's): the lists read here are primed into that loader (src/modules/links/look-ahead.ts).
MATCH (n:Entity {id: $id})
CALL (n) {
  UNWIND $keys AS key
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
  RETURN collect({
    position: key.position, out: out, type: type(r), id: m.id, name: m.name, labels: labels,
    node: [p IN key.nodeProps | m[p]], relation: [p IN key.relProps | r[p]]
  }) AS links
}
RETURN n {.*, labels: labels(n)} AS node, links
