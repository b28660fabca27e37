// Evidence that other ailments are related to ailment $id: explicit links between ailments
// (RELATED_TO, DISTINCT_FROM, LEADS_TO, CAUSED_BY; either way), shared causes and shared
// therapies. Each part reads at most $perPart rows, so a hub cannot blow it up; the scoring
// (related-score.ts) runs on the collected evidence. No row when nothing is related.
MATCH (a:Ailment {id: $id})
CALL (a) {
  MATCH (a)-[r:RELATED_TO|DISTINCT_FROM|LEADS_TO|CAUSED_BY]-(b:Ailment)
  WHERE b <> a
  RETURN b, type(r) AS kind, b.name AS via, startNode(r) = a AS outgoing
  LIMIT toInteger($perPart)
  UNION ALL
  MATCH (a)-[:CAUSED_BY]->(c:Entity)<-[:CAUSED_BY]-(b:Ailment)
  WHERE b <> a
  RETURN b, 'SHARED_CAUSE' AS kind, c.name AS via, null AS outgoing
  LIMIT toInteger($perPart)
  UNION ALL
  MATCH (a)-[:TREATED_BY]->(t:Entity)<-[:TREATED_BY]-(b:Ailment)
  WHERE b <> a
  RETURN b, 'SHARED_THERAPY' AS kind, t.name AS via, null AS outgoing
  LIMIT toInteger($perPart)
}
WITH b, collect({kind: kind, via: via, outgoing: outgoing}) AS evidence
RETURN b {.*, labels: labels(b)} AS node, evidence
