// Negative and insufficient evidence for the asked ailments: TREATED_BY / PREVENTED_BY links whose
// outcome is no-benefit or insufficient, from the ailment itself, its causes, or what it brings on
// (the places candidates.cypher looks for treatments). Shown as evidence, never used to recommend.
MATCH (ailment:Ailment) WHERE ailment.id IN $ailments
CALL (ailment) {
  MATCH (ailment)-[r:TREATED_BY|PREVENTED_BY]->(t:Therapy)
  WHERE r.outcome IN ['no-benefit', 'insufficient']
  RETURN ailment AS subject, r, t
  UNION
  MATCH (ailment)-[:CAUSED_BY]->(c:Cause)-[r:TREATED_BY]->(t:Therapy)
  WHERE r.outcome IN ['no-benefit', 'insufficient']
  RETURN c AS subject, r, t
  UNION
  MATCH (ailment)-[:LEADS_TO*1..2]->(c:Entity)-[r:TREATED_BY]->(t:Therapy)
  WHERE c <> ailment AND r.outcome IN ['no-benefit', 'insufficient']
  RETURN c AS subject, r, t
}
WITH DISTINCT subject, r, t
RETURN t {.*, labels: labels(t)} AS therapy,
       subject {.*, labels: labels(subject)} AS subject,
       r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS relation
ORDER BY subject.name, t.name
