// Another entity already using this display name (names are unique across the graph, ignoring case).
MATCH (other:Entity)
WHERE toLower(other.name) = toLower($name) AND other.id <> $id
RETURN other.id AS id
LIMIT 1
