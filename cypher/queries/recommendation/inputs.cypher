// The ids a recommendation request names (ailments and conditions), each with its node (null when
// unknown) and, for an ailment, the contraindications it PRESENTS_AS: an ailment given as a
// condition applies all of them.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id,
       n {.*, labels: labels(n)} AS node,
       CASE WHEN n:Ailment THEN [(n)-[:PRESENTS_AS]->(s:Contraindication) | s {.*, labels: labels(s)}] ELSE [] END AS states
