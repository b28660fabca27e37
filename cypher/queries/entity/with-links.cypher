// One entity and, in the same read, its links for each key: the typed link fields its query selects
// (ailment(id) { causes therapies }), so the common nested question is one round trip, not two.
// Keys, the neighbour rule, the order and the limit are those of links/by-keys.cypher (the link
// loader's): the lists read here are primed into that loader (src/modules/links/look-ahead.ts).
MATCH (n:Entity {id: $id})
CALL (n) {
  UNWIND $keys AS key
  CALL (n, key) {
    MATCH (n)-[r]-(m:Entity)
    WHERE type(r) IN key.types
      AND (key.direction = 'BOTH' OR (startNode(r) = n) = (key.direction = 'OUTGOING'))
      AND (key.label IS NULL OR key.label IN labels(m))
    RETURN r, m
    ORDER BY m.name, m.id, type(r)
    LIMIT toInteger($perEntity)
  }
  RETURN collect({
    position: key.position,
    node: m {.*, labels: labels(m)},
    relation: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}
  }) AS links
}
RETURN n {.*, labels: labels(n)} AS node, links
