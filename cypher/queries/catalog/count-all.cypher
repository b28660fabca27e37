// How many entities play kind $label. Each branch is a bare count of one static label, which
// Neo4j answers from its count store without touching a node (grouping by anything would make it
// scan), so this costs the same on any size of graph.
CALL () {
  MATCH (n:Ailment) WITH count(n) AS total RETURN 'Ailment' AS label, total
  UNION ALL
  MATCH (n:Cause) WITH count(n) AS total RETURN 'Cause' AS label, total
  UNION ALL
  MATCH (n:Therapy) WITH count(n) AS total RETURN 'Therapy' AS label, total
  UNION ALL
  MATCH (n:Contraindication) WITH count(n) AS total RETURN 'Contraindication' AS label, total
}
WITH label, total WHERE label = $label
RETURN total
