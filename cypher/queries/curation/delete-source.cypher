// Deletes one source (the service has checked that nothing cites it).
MATCH (s:Source {id: $id})
DELETE s
RETURN $id AS id
