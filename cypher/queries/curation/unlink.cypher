// Deletes the one relationship of this type from $from to $to; returns it as it was (no row: there was none).
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type
WITH r, r {.*, type: type(r), from: a.id, to: b.id} AS relation
DELETE r
RETURN relation
