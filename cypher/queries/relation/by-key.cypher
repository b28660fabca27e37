// The one relationship of type $type from $from to $to (the key its id names), for node(id).
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation
