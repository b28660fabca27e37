// Deletes one entity and its relationships, nothing else; no row when there is no such entity.
// Returns the keys of the relationships that went with it and the ids of its neighbours, so the
// client can drop those relations from its cache and refresh the neighbours' link lists.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-(m:Entity)
WITH n, n.id AS id, labels(n) AS labels, n.kind AS kind,
     collect(CASE WHEN r IS NULL THEN NULL ELSE {from: startNode(r).id, type: type(r), to: endNode(r).id} END) AS relations,
     collect(DISTINCT m.id) AS neighbours
DETACH DELETE n
RETURN id, kind, labels, relations, neighbours
