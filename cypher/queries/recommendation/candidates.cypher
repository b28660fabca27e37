// Therapies reachable from the requested ailments, each with the paths that reach it and every
// contraindication that bears on it. Runs in the same read transaction as the id check; the
// service turns these rows into the ranking and the exclusions.
//   paths: DIRECT    ailment -TREATED_BY-> therapy
//          CAUSE     ailment -CAUSED_BY-> cause -TREATED_BY-> therapy
//          SECONDARY ailment -LEADS_TO*1..2-> problem it brings on -TREATED_BY-> therapy
//   bearing: contraindications of the therapy, or of a therapy it INCLUDES (up to 2 levels: a
//          session delivers its parts), that are among the applied conditions (namedBy) or are a
//          state the requested ailments may present as (stateOf).
// $applied ([{contraindicationId, conditionId}]) is computed from inputs.cypher in the same
// transaction, never taken from the client.
MATCH (ailment:Ailment) WHERE ailment.id IN $ailments
CALL (ailment) {
  MATCH p = (ailment)-[:TREATED_BY]->(therapy:Therapy)
  RETURN therapy, p, 'DIRECT' AS kind
  UNION
  MATCH p = (ailment)-[:CAUSED_BY]->(:Cause)-[:TREATED_BY]->(therapy:Therapy)
  RETURN therapy, p, 'CAUSE' AS kind
  UNION
  MATCH p = (ailment)-[:LEADS_TO*1..2]->(problem)-[:TREATED_BY]->(therapy:Therapy)
  WHERE problem <> ailment
  RETURN therapy, p, 'SECONDARY' AS kind
}
WITH therapy, collect({
  kind: kind,
  ailment: ailment {.*, labels: labels(ailment)},
  nodes: [n IN nodes(p) | n {.*, labels: labels(n)}],
  relationships: [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}]
}) AS paths
CALL (therapy) {
  MATCH (therapy)-[:INCLUDES*0..2]->(part:Therapy)-[link:CONTRAINDICATED_BY]->(contraindication:Contraindication)
  WITH part, link, contraindication,
       [a IN $applied WHERE a.contraindicationId = contraindication.id | a.conditionId] AS namedBy,
       [(state:Ailment)-[:PRESENTS_AS]->(contraindication) WHERE state.id IN $ailments | state.id] AS stateOf
  WHERE size(namedBy) > 0 OR size(stateOf) > 0
  RETURN collect({
    contraindication: contraindication {.*, labels: labels(contraindication)},
    via: part.id,
    viaName: part.name,
    note: link.note,
    namedBy: namedBy,
    stateOf: stateOf
  }) AS bearing
}
RETURN therapy {.*, labels: labels(therapy)} AS therapy, paths, bearing
ORDER BY therapy.id
