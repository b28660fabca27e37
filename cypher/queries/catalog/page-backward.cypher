// A template (cypher-files.ts fills {{label}} with a kind label of the model): the page of that
// kind's entities just BEFORE the keyset position ($beforeName, $beforeId), for `last`/`before`:
// read in descending (name, id) order and returned that way (the service turns it round). Without
// `before` the caller passes a name above every real one, so the page is the end of the list.
// Filters, the properties returned and the total as in page.cypher. The range on n.name walks the
// kind's name index (cypher/schema/004) backwards, so PartialTop stops after $limit + 1 rows.
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
// Each node's id, name and labels, and the stored properties the request selects ($nodeProps).
WITH collect({id: n.id, name: n.name, labels: labels(n), node: [p IN $nodeProps | n[p]]}) AS nodes
// How many entities play the kind, for an unfiltered totalCount: a bare count of one static label,
// which Neo4j answers from its count store without reading a node, so it rides along for free.
CALL () {
  MATCH (counted:{{label}})
  RETURN count(counted) AS total
}
RETURN nodes, total
