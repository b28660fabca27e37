// The floor (bench/servers/floor-server.ts): one page of ailments by name then id after the keyset
// position ($afterName, $afterId; "" for the first page), $limit + 1 rows to tell whether more
// follow, and how many ailments there are (a bare count of one label: Neo4j's count store).
MATCH (n:Ailment)
WHERE n.name >= $afterName
WITH n ORDER BY n.name
WITH n WHERE n.name > $afterName OR n.id > $afterId
WITH n ORDER BY n.name, n.id LIMIT toInteger($limit) + 1
WITH collect({id: n.id, name: n.name, summary: n.summary}) AS nodes
CALL () {
  MATCH (a:Ailment)
  RETURN count(a) AS total
}
RETURN nodes, total
