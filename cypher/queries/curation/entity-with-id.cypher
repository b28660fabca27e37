// The primary kind of the entity with this id (sources and entities share one id space, as in the seed files).
MATCH (n:Entity {id: $id})
RETURN n.kind AS kind
