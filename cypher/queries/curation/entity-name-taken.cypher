// Another entity already using this name (names are unique ignoring case and surrounding spaces:
// the uniquely constrained nameKey, so this is an index look-up). Gives the refusal its wording; the
// constraint itself is what stops two concurrent writers.
MATCH (other:Entity {nameKey: $nameKey})
WHERE other.id <> $id
RETURN other.id AS id
LIMIT 1
