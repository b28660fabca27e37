// Data check: massage therapies (category in $categories) that lack a CONTRAINDICATED_BY link to one of
// the ABSOLUTE GENERAL contraindications (no massage at all applies to every massage technique).
MATCH (t:Therapy)
WHERE t.category IN $categories
MATCH (c:Contraindication {severity: 'ABSOLUTE', scope: 'GENERAL'})
WHERE NOT (t)-[:CONTRAINDICATED_BY]->(c)
WITH t, collect(c.id) AS missing
RETURN t.id AS subject, 'lacks CONTRAINDICATED_BY ' + reduce(s = '', id IN missing | s + CASE WHEN s = '' THEN '' ELSE ', ' END + id) AS detail
ORDER BY subject
