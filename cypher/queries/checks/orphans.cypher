// Data check: entities with no relationship at all.
MATCH (n:Entity)
WHERE NOT (n)--()
RETURN n.id AS subject, 'has no relationship' AS detail
ORDER BY subject
