// The ailments most related to ailment $id, ranked and cut to $first here; related-score.ts states the
// weights ($weights), the floor and the generic factors, and words the reasons from `evidence`.
//   Explicit links between the two (RELATED_TO, LEADS_TO, CAUSED_BY, DISTINCT_FROM; either way).
//   Shared neighbours: a cause, a helping therapy, a prevention, a presentation (PRESENTS_AS), a red flag or
//   a mechanism node (LEADS_TO either way) both have, each weighed by its specificity: an inverse document
//   frequency over ailments from counts (the neighbour's degree of that type, from Neo4j's degree store,
//   against the number of ailments, from the count store), normalised so that one shared by two ailments
//   counts 1 and one shared by all 0, and squared so that common ones fade fast; below $minSpecificity it
//   counts nothing.
// Generic factors ($generic: age, sex, obesity...) are given as reasons but weigh nothing ($weights), and the
// floor ($floor, > 0) applies to the score without them, so they never lift an ailment in on their own nor
// reorder two. Mechanism nodes (mechanism: true) are never returned. Explicit links rank first, then the
// score, then the best evidence grade among the explicit links (A first), then the name. No row when nothing
// is related enough.
//
// Exact and bounded: the answer is the one every shared neighbour expanded would give, but a neighbour is
// expanded (its other ailments read) only while it, with every lighter one, could still lift an ailment found
// through nothing else over the floor. The neighbours sorted by what they can add to one ailment (`reach`:
// their weight, twice for a mechanism, linked either way, 0 for a generic factor), a neighbour is expanded
// when the sum of its reach and the reach of those after it is at least the floor; an ailment reached only
// through the others scores less than the floor, so it could never be returned. The candidates (explicit
// links and ailments of the expanded neighbours) then gather their evidence from their own relationships, so
// a hub that is not expanded still counts for each of them, at the cost of the candidate's degree, not the
// hub's. (One relationship per type and direction between two nodes, as every write keeps it.)
MATCH (a:Ailment {id: $id})
CALL () {
  MATCH (x:Ailment)
  RETURN count(x) AS total
}
CALL (a, total) {
  CALL (a, total) {
    MATCH (a)-[r1:CAUSED_BY|TREATED_BY|PREVENTED_BY|PRESENTS_AS|HAS_RED_FLAG]->(c:Entity)
    WHERE coalesce(r1.outcome, 'benefit') = 'benefit'
    RETURN c, type(r1) AS type, null AS outgoing, CASE type(r1)
        WHEN 'CAUSED_BY' THEN COUNT { (c)<-[:CAUSED_BY]-() }
        WHEN 'TREATED_BY' THEN COUNT { (c)<-[:TREATED_BY]-() }
        WHEN 'PREVENTED_BY' THEN COUNT { (c)<-[:PREVENTED_BY]-() }
        WHEN 'PRESENTS_AS' THEN COUNT { (c)<-[:PRESENTS_AS]-() }
        ELSE COUNT { (c)<-[:HAS_RED_FLAG]-() }
      END AS share
    UNION ALL
    MATCH (a)-[r1:LEADS_TO]-(c:Ailment)
    WHERE c.mechanism = true
    RETURN c, 'LEADS_TO' AS type, startNode(r1) = a AS outgoing, COUNT { (c)-[:LEADS_TO]-() } AS share
  }
  WITH c, type, outgoing, log(toFloat(total) / CASE WHEN share < 2 THEN 2 ELSE share END) / log(total / 2.0) AS idf
  WITH c, type, outgoing, CASE WHEN idf > 1 THEN 1.0 WHEN idf < 0 THEN 0.0 ELSE idf ^ 2 END AS specificity
  WHERE specificity >= $minSpecificity
  WITH c, type, outgoing, specificity, CASE
      WHEN type = 'LEADS_TO' THEN 'SHARED_MECHANISM'
      WHEN type = 'CAUSED_BY' AND c.id IN $generic THEN 'GENERIC_CAUSE'
      WHEN type = 'CAUSED_BY' THEN 'SHARED_CAUSE'
      WHEN type = 'TREATED_BY' THEN 'SHARED_THERAPY'
      WHEN type = 'PREVENTED_BY' THEN 'SHARED_PREVENTION'
      WHEN type = 'PRESENTS_AS' THEN 'SHARED_PRESENTATION'
      ELSE 'SHARED_RED_FLAG'
    END AS kind
  WITH c, type, outgoing, kind, $weights[kind] * specificity AS weight
  WITH c, type, outgoing, kind, weight,
    CASE kind WHEN 'GENERIC_CAUSE' THEN 0.0 WHEN 'SHARED_MECHANISM' THEN 2 * weight ELSE weight END AS reach
  ORDER BY reach DESC
  WITH collect({c: c, type: type, outgoing: outgoing, kind: kind, weight: weight, reach: reach}) AS items
  // after[i]: the reach of item i and of every item after it.
  WITH items, reduce(after = [], i IN reverse(range(0, size(items) - 1)) |
      [items[i].reach + coalesce(after[0], 0.0)] + after) AS after
  RETURN items, [i IN range(0, size(items) - 1) WHERE after[i] >= $floor - 1e-9 | items[i]] AS expanded
}
CALL (a, expanded) {
  MATCH (a)-[:RELATED_TO|DISTINCT_FROM|LEADS_TO|CAUSED_BY]-(b:Ailment)
  RETURN b
  UNION
  UNWIND expanded AS item
  WITH item.c AS c, item.type AS type
  WHERE type <> 'LEADS_TO'
  MATCH (c)<-[r2:CAUSED_BY|TREATED_BY|PREVENTED_BY|PRESENTS_AS|HAS_RED_FLAG]-(b:Ailment)
  WHERE type(r2) = type AND coalesce(r2.outcome, 'benefit') = 'benefit'
  RETURN b
  UNION
  UNWIND expanded AS item
  WITH item.c AS c
  WHERE item.type = 'LEADS_TO'
  MATCH (c)-[:LEADS_TO]-(b:Ailment)
  RETURN b
}
WITH a, items, b
WHERE b <> a AND coalesce(b.mechanism, false) = false
CALL (a, b) {
  MATCH (a)-[r:RELATED_TO|DISTINCT_FROM|LEADS_TO|CAUSED_BY]-(b)
  RETURN collect({kind: type(r), via: b.name, outgoing: startNode(r) = a, onward: null,
      weight: toFloat($weights[type(r)])}) AS links, min(r.evidence) AS grade
}
CALL (b, items) {
  // A shared cause, therapy, prevention, presentation or red flag is one b links to (outgoing: a
  // candidate that is itself many ailments' cause is not read through its incoming links); a
  // mechanism, one b leads to or comes from.
  CALL (b, items) {
    WITH b, [item IN items WHERE item.type <> 'LEADS_TO' | item.c] AS neighbours
    MATCH (b)-[r2:CAUSED_BY|TREATED_BY|PREVENTED_BY|PRESENTS_AS|HAS_RED_FLAG]->(c)
    WHERE c IN neighbours AND coalesce(r2.outcome, 'benefit') = 'benefit'
    RETURN r2, c
    UNION ALL
    WITH b, [item IN items WHERE item.type = 'LEADS_TO' | item.c] AS neighbours
    WHERE size(neighbours) > 0
    MATCH (b)-[r2:LEADS_TO]-(c)
    WHERE c IN neighbours
    RETURN r2, c
  }
  UNWIND [item IN items WHERE item.c = c AND item.type = type(r2)] AS item
  RETURN collect({kind: item.kind, via: c.name, outgoing: item.outgoing,
      onward: CASE WHEN item.type = 'LEADS_TO' THEN startNode(r2) = c END, weight: item.weight}) AS shared
}
WITH b, grade, links + shared AS evidence, CASE WHEN size(links) > 0 THEN 1 ELSE 0 END AS explicit
WITH b, grade, evidence, explicit, reduce(sum = 0.0, e IN evidence | sum + e.weight) AS score,
  reduce(sum = 0.0, e IN evidence | sum + CASE e.kind WHEN 'GENERIC_CAUSE' THEN 0.0 ELSE e.weight END) AS specific
WHERE specific >= $floor
RETURN b {.*, labels: labels(b)} AS node, evidence, round(score, 3) AS score
ORDER BY explicit DESC, score DESC, grade, b.name
LIMIT toInteger($first)
