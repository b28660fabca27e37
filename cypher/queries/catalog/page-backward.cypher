// A template (cypher-files.ts fills {{label}} with a kind label of the model): the page of that
// kind's entities just BEFORE the keyset position ($beforeName, $beforeId), for `last`/`before`:
// read in descending (name, id) order and returned that way (the service turns it round). Without
// `before` the caller passes a name above every real one, so the page is the end of the list.
// Filters as in page.cypher. The range on n.name walks the kind's name index
// (cypher/schema/004) backwards, so PartialTop stops after $limit + 1 rows.
MATCH (n:{{label}})
WHERE n.name <= $beforeName
WITH n ORDER BY n.name DESC
WITH n WHERE (n.name < $beforeName OR n.id < $beforeId)
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS $nameContains
       OR any(s IN coalesce(n.synonyms, []) WHERE toLower(s) CONTAINS $nameContains))
  AND ($category IS NULL OR n.category = $category)
  AND ($severity IS NULL OR n.severity = $severity)
  AND ($scope IS NULL OR n.scope = $scope)
WITH n ORDER BY n.name DESC, n.id DESC LIMIT toInteger($limit) + 1
RETURN collect(n {.*, labels: labels(n)}) AS nodes
