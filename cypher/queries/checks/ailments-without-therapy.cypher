// Data check: ailments that no therapy treats (TREATED_BY).
MATCH (n:Ailment)
WHERE NOT (n)-[:TREATED_BY]->(:Therapy)
RETURN n.id AS subject, 'has no TREATED_BY therapy' AS detail
ORDER BY subject
