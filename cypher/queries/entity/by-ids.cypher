// Entities by id, for the per-request entity loader.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*, labels: labels(n)} AS node
