// Evidence that other ailments are related to ailment $id: explicit links between ailments
// (RELATED_TO, DISTINCT_FROM, LEADS_TO, CAUSED_BY; either way), shared causes and shared
// therapies, each shared one with how many ailments it is shared by (`share`), and `total`, the
// number of ailments, so the scoring can weigh a cause by how specific it is. Each part reads at
// most $perPart rows, so a hub cannot blow it up, and counts each shared cause's or therapy's
// ailments once, not once per row (a hub's count per row cost its degree times $perPart); the
// scoring (related-score.ts) runs on the collected evidence. No row when nothing is related. Only therapies that help count as shared.
MATCH (a:Ailment {id: $id})
CALL () {
  MATCH (x:Ailment) RETURN count(x) AS total
}
CALL (a) {
  MATCH (a)-[r:RELATED_TO|DISTINCT_FROM|LEADS_TO|CAUSED_BY]-(b:Ailment)
  WHERE b <> a
  RETURN b, type(r) AS kind, b.name AS via, startNode(r) = a AS outgoing, null AS share
  LIMIT toInteger($perPart)
  UNION ALL
  MATCH (a)-[:CAUSED_BY]->(c:Entity)
  WITH a, c, COUNT { (c)<-[:CAUSED_BY]-(:Ailment) } AS share
  MATCH (c)<-[:CAUSED_BY]-(b:Ailment)
  WHERE b <> a
  RETURN b, 'SHARED_CAUSE' AS kind, c.name AS via, null AS outgoing, share
  LIMIT toInteger($perPart)
  UNION ALL
  MATCH (a)-[r1:TREATED_BY]->(t:Entity)
  WHERE coalesce(r1.outcome, 'benefit') = 'benefit'
  WITH a, t, COUNT { (t)<-[r:TREATED_BY]-(:Ailment) WHERE coalesce(r.outcome, 'benefit') = 'benefit' } AS share
  MATCH (t)<-[r2:TREATED_BY]-(b:Ailment)
  WHERE b <> a AND coalesce(r2.outcome, 'benefit') = 'benefit'
  RETURN b, 'SHARED_THERAPY' AS kind, t.name AS via, null AS outgoing, share
  LIMIT toInteger($perPart)
}
WITH b, total, collect({kind: kind, via: via, outgoing: outgoing, share: share}) AS evidence
RETURN b {.*, labels: labels(b)} AS node, evidence, total
