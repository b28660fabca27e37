// Data check: sources that no relationship cites.
MATCH (s:Source)
WHERE NOT EXISTS { MATCH (:Entity)-[r]->(:Entity) WHERE s.id IN r.sources }
RETURN s.id AS subject, 'is cited by no relationship' AS detail
ORDER BY subject
