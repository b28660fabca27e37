// Data check: a name or synonym (case-insensitive, trimmed) used by more than one entity.
MATCH (n:Entity)
UNWIND [n.name] + coalesce(n.synonyms, []) AS term
WITH toLower(trim(term)) AS term, collect(DISTINCT n.id) AS ids
WHERE size(ids) > 1
RETURN term AS subject, 'is a name or synonym of ' + reduce(s = '', id IN ids | s + CASE WHEN s = '' THEN '' ELSE ', ' END + id) AS detail
ORDER BY subject
