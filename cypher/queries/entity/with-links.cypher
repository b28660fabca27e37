// One entity and, in the same read, its links for each key: the typed link fields its query selects
// (ailment(id) { causes therapies }), so the common nested question is one round trip, not two.
// Keys, the neighbour rule, the order, the limit and the rows are those of links/by-keys.cypher (the
// link loader's): the lists read here are primed into that loader (src/modules/links/look-ahead.ts).
MATCH (n:Entity {id: $id})
CALL (n) {
  UNWIND $keys AS key
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
  RETURN collect({
    position: key.position, out: out, type: type(r), id: m.id, name: m.name, labels: labels,
    node: [p IN key.nodeProps | m[p]], relation: [p IN key.relProps | r[p]]
  }) AS links
}
RETURN n {.*, labels: labels(n)} AS node, links
