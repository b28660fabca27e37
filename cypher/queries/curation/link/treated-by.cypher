// Creates or updates the one TREATED_BY relationship from $from to $to (the start node is already
// locked by curation/lock-entity, so concurrent links of the same triple cannot both create it).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MERGE (a)-[r:TREATED_BY]->(b)
SET r.note = $note, r.evidence = $evidence, r.outcome = $outcome, r.stage = $stage, r.group = $group,
    r.sources = $sources, r.updatedAt = $updatedAt, r.updatedBy = $updatedBy
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation
