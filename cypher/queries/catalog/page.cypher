// A template (cypher-files.ts fills {{label}} with a kind label of the model): one page of that
// kind's entities ordered by name then id, after the keyset position ($afterName, $afterId; both ""
// for the first page). Filters are optional (null = any): $nameContains
// (lowercase; name or a synonym), $category, $severity and $scope. Reads $limit + 1 rows so the
// caller knows if more follow. Returns only the stored properties the request selects ($nodeProps)
// and the kind's size (total). The range on n.name walks the kind's name index (cypher/schema/004)
// in order, so PartialTop stops after $limit + 1 rows; a label is static so no other kind is read.
MATCH (n:{{label}})
WHERE n.name >= $afterName
WITH n ORDER BY n.name
WITH n WHERE (n.name > $afterName OR n.id > $afterId)
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS $nameContains
       OR any(s IN coalesce(n.synonyms, []) WHERE toLower(s) CONTAINS $nameContains))
  AND ($category IS NULL OR n.category = $category)
  AND ($severity IS NULL OR n.severity = $severity)
  AND ($scope IS NULL OR n.scope = $scope)
WITH n ORDER BY n.name, n.id LIMIT toInteger($limit) + 1
// Each node's id, name and labels, and the stored properties the request selects ($nodeProps).
WITH collect({id: n.id, name: n.name, labels: labels(n), node: [p IN $nodeProps | n[p]]}) AS nodes
// How many entities play the kind, for an unfiltered totalCount: a bare count of one static label,
// which Neo4j answers from its count store without reading a node, so it rides along for free.
CALL () {
  MATCH (counted:{{label}})
  RETURN count(counted) AS total
}
RETURN nodes, total
