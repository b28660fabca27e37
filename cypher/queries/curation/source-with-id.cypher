// A source with this id (sources and entities share one id space, as in the seed files).
MATCH (s:Source {id: $id})
RETURN s.id AS id
