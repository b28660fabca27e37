// How many entities of kind $label match the list filters (see page.cypher); reads every entity
// of the kind, so the API runs it only when a filter is given and `totalCount` is asked for.
MATCH (n:Entity)
WHERE $label IN labels(n)
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS $nameContains
       OR any(s IN coalesce(n.synonyms, []) WHERE toLower(s) CONTAINS $nameContains))
  AND ($category IS NULL OR n.category = $category)
  AND ($severity IS NULL OR n.severity = $severity)
  AND ($scope IS NULL OR n.scope = $scope)
RETURN count(n) AS total
