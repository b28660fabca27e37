// How many entities play kind $label. Each branch counts one static label, which Neo4j answers
// from its count store without touching a node, so this costs the same on any size of graph.
CALL () {
  MATCH (n:Ailment) RETURN 'Ailment' AS label, count(n) AS total
  UNION ALL
  MATCH (n:Cause) RETURN 'Cause' AS label, count(n) AS total
  UNION ALL
  MATCH (n:Therapy) RETURN 'Therapy' AS label, count(n) AS total
  UNION ALL
  MATCH (n:Contraindication) RETURN 'Contraindication' AS label, count(n) AS total
}
WITH label, total WHERE label = $label
RETURN total
