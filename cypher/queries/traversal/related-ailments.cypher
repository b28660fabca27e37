// The ailments most related to ailment $id, ranked and cut to $first here; related-score.ts states the
// weights ($weights), the floor and the generic factors, and words the reasons from `evidence`.
//   Explicit links between the two (RELATED_TO, LEADS_TO, CAUSED_BY, DISTINCT_FROM; either way).
//   Shared neighbours: a cause, a helping therapy, a prevention, a presentation (PRESENTS_AS) or a red flag
//   both have, each weighed by its specificity: an inverse document frequency over ailments from counts read
//   here (the neighbour's degree of that type against the number of ailments), normalised so that one shared
//   by two ailments counts 1 and one shared by all 0, and squared so that common ones fade fast. A neighbour
//   below $minSpecificity or shared by more than $maxShare is never expanded: it would add next to nothing,
//   and a hub then costs its degree count, not its fan-out.
//   Shared mechanism nodes (both lead to one, or one leads through it to the other), weighed the same way.
// Generic factors ($generic: age, sex, obesity...) count, but the floor ($floor) applies to the score without
// them, so they never lift an ailment in on their own. Mechanism nodes (mechanism: true) are never returned.
// Explicit links rank first, then the score. No row when nothing is related enough: an empty answer is fine.
MATCH (a:Ailment {id: $id})
CALL () {
  MATCH (x:Ailment)
  RETURN count(x) AS total
}
CALL (a, total) {
  MATCH (a)-[r:RELATED_TO|DISTINCT_FROM|LEADS_TO|CAUSED_BY]-(b:Ailment)
  WHERE b <> a AND coalesce(b.mechanism, false) = false
  RETURN b, type(r) AS kind, b.name AS via, startNode(r) = a AS outgoing, null AS onward,
    toFloat($weights[type(r)]) AS weight
  UNION ALL
  MATCH (a)-[r1:CAUSED_BY|TREATED_BY|PREVENTED_BY|PRESENTS_AS|HAS_RED_FLAG]->(c:Entity)
  WHERE coalesce(r1.outcome, 'benefit') = 'benefit'
  WITH a, c, type(r1) AS via, total, CASE type(r1)
      WHEN 'CAUSED_BY' THEN COUNT { (c)<-[:CAUSED_BY]-() }
      WHEN 'TREATED_BY' THEN COUNT { (c)<-[:TREATED_BY]-() }
      WHEN 'PREVENTED_BY' THEN COUNT { (c)<-[:PREVENTED_BY]-() }
      WHEN 'PRESENTS_AS' THEN COUNT { (c)<-[:PRESENTS_AS]-() }
      ELSE COUNT { (c)<-[:HAS_RED_FLAG]-() }
    END AS share
  WITH a, c, via, share, log(toFloat(total) / CASE WHEN share < 2 THEN 2 ELSE share END) / log(total / 2.0) AS idf
  WITH a, c, via, share, CASE WHEN idf > 1 THEN 1.0 WHEN idf < 0 THEN 0.0 ELSE idf ^ 2 END AS specificity
  WHERE specificity >= $minSpecificity AND share <= $maxShare
  MATCH (c)<-[r2:CAUSED_BY|TREATED_BY|PREVENTED_BY|PRESENTS_AS|HAS_RED_FLAG]-(b:Ailment)
  WHERE type(r2) = via AND b <> a AND coalesce(r2.outcome, 'benefit') = 'benefit'
    AND coalesce(b.mechanism, false) = false
  WITH b, c, specificity, CASE
      WHEN via = 'CAUSED_BY' AND c.id IN $generic THEN 'GENERIC_CAUSE'
      WHEN via = 'CAUSED_BY' THEN 'SHARED_CAUSE'
      WHEN via = 'TREATED_BY' THEN 'SHARED_THERAPY'
      WHEN via = 'PREVENTED_BY' THEN 'SHARED_PREVENTION'
      WHEN via = 'PRESENTS_AS' THEN 'SHARED_PRESENTATION'
      ELSE 'SHARED_RED_FLAG'
    END AS kind
  RETURN b, kind, c.name AS via, null AS outgoing, null AS onward,
    $weights[kind] * specificity AS weight
  UNION ALL
  MATCH (a)-[r1:LEADS_TO]-(m:Ailment)
  WHERE m.mechanism = true
  WITH a, m, r1, total, COUNT { (m)-[:LEADS_TO]-() } AS share
  WITH a, m, r1, share, log(toFloat(total) / CASE WHEN share < 2 THEN 2 ELSE share END) / log(total / 2.0) AS idf
  WITH a, m, r1, share, CASE WHEN idf > 1 THEN 1.0 WHEN idf < 0 THEN 0.0 ELSE idf ^ 2 END AS specificity
  WHERE specificity >= $minSpecificity AND share <= $maxShare
  MATCH (m)-[r2:LEADS_TO]-(b:Ailment)
  WHERE b <> a AND coalesce(b.mechanism, false) = false
  RETURN b, 'SHARED_MECHANISM' AS kind, m.name AS via, startNode(r1) = a AS outgoing, startNode(r2) = m AS onward,
    $weights.SHARED_MECHANISM * specificity AS weight
}
WITH b, collect({kind: kind, via: via, outgoing: outgoing, onward: onward, weight: weight}) AS evidence,
  sum(weight) AS score,
  sum(CASE kind WHEN 'GENERIC_CAUSE' THEN 0.0 ELSE weight END) AS specific,
  max(CASE WHEN kind IN ['RELATED_TO', 'LEADS_TO', 'CAUSED_BY', 'DISTINCT_FROM'] THEN 1 ELSE 0 END) AS explicit
WHERE specific >= $floor
RETURN b {.*, labels: labels(b)} AS node, evidence, round(score, 3) AS score
ORDER BY explicit DESC, score DESC, b.name
LIMIT toInteger($first)
