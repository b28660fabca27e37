// Therapies reachable from the requested ailments, each with the paths that reach it and every
// contraindication among the situation's states that bears on it. Runs in the same read
// transaction as the term resolution and the situation; the service judges the rows.
//   paths: DIRECT    ailment -TREATED_BY-> therapy
//          CAUSE     ailment -CAUSED_BY-> cause -TREATED_BY-> therapy
//          SECONDARY ailment -LEADS_TO*1..2-> problem it brings on -TREATED_BY-> therapy, where the
//                    problem is itself an ailment: a mechanism the ailment brings on (stress ->
//                    sympathetic tone) is part of it, and its treatments are not carried back.
//   Only links whose outcome is a benefit recommend (no outcome recorded counts as benefit).
//   bearing: contraindications of the therapy, or of a therapy it INCLUDES (up to 2 levels: a
//          session delivers its parts), that are among $states (the situation's states and the
//          contraindications the person named or confirmed), computed by the service, never taken as given.
MATCH (ailment:Ailment) WHERE ailment.id IN $ailments
CALL (ailment) {
  MATCH p = (ailment)-[r:TREATED_BY]->(therapy:Therapy)
  WHERE coalesce(r.outcome, 'benefit') = 'benefit'
  RETURN therapy, p, 'DIRECT' AS kind
  UNION
  MATCH p = (ailment)-[:CAUSED_BY]->(:Cause)-[r:TREATED_BY]->(therapy:Therapy)
  WHERE coalesce(r.outcome, 'benefit') = 'benefit'
  RETURN therapy, p, 'CAUSE' AS kind
  UNION
  MATCH p = (ailment)-[:LEADS_TO*1..2]->(problem:Ailment)-[r:TREATED_BY]->(therapy:Therapy)
  WHERE problem <> ailment AND coalesce(r.outcome, 'benefit') = 'benefit'
  RETURN therapy, p, 'SECONDARY' AS kind
}
WITH therapy, collect({
  kind: kind,
  ailment: ailment {.id},
  nodes: [n IN nodes(p) | n {.*, labels: labels(n)}],
  relationships: [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}]
}) AS paths
CALL (therapy) {
  MATCH (therapy)-[:INCLUDES*0..2]->(part:Therapy)-[link:CONTRAINDICATED_BY]->(contraindication:Contraindication)
  WHERE contraindication.id IN $states
  RETURN collect({
    contraindication: contraindication {.*, labels: labels(contraindication)},
    via: part.id,
    viaName: part.name,
    note: link.note,
    severity: link.severity
  }) AS bearing
}
RETURN therapy {.*, labels: labels(therapy)} AS therapy, paths, bearing
ORDER BY therapy.id
