// Paths from ailment $from to a therapy through its causes: the ailment is CAUSED_BY a cause,
// which may be brought on by other causes (incoming LEADS_TO, up to 4 steps back), one of which is
// TREATED_BY the therapy ($to only, when set). Every node between the ailment and the therapy plays
// the Cause role: treating another ailment that brings a cause on (degenerative disc disease ->
// nerve compression) is treating that ailment, not this one, so such paths are left out. Only
// TREATED_BY links whose outcome is a benefit count. At most 6 relationships by construction;
// $maxHops filters further. Paths never come back to the ailment. Shortest first, at most $first.
// A therapy recorded as not helping the ailment itself (no benefit, insufficient) is not offered
// through its causes either: the same rule recommendTherapies applies, so the two never disagree.
MATCH p = (a:Ailment {id: $from})-[:CAUSED_BY]->(:Cause)(()<-[:LEADS_TO]-(:Cause)){0,4}()-[r:TREATED_BY]->(t:Therapy)
WHERE length(p) <= $maxHops
  AND ($to IS NULL OR t.id = $to)
  AND NOT a IN nodes(p)[1..]
  AND coalesce(r.outcome, 'benefit') = 'benefit'
  AND NOT EXISTS { (a)-[x:TREATED_BY|PREVENTED_BY]->(t) WHERE x.outcome IN ['no-benefit', 'insufficient'] }
WITH p ORDER BY length(p), t.name, nodes(p)[1].name, t.id
LIMIT toInteger($first)
RETURN [n IN nodes(p) | n {.*, labels: labels(n)}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relationships
