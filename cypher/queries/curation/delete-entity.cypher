// Deletes one entity and its relationships, nothing else; no row when there is no such entity.
MATCH (n:Entity {id: $id})
WITH n, n.id AS id
DETACH DELETE n
RETURN id
