// Creates or updates the one LEADS_TO relationship from $from to $to (the start node is already
// locked by curation/lock-entity, so concurrent links of the same triple cannot both create it).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MERGE (a)-[r:LEADS_TO]->(b)
SET r.note = $note, r.evidence = $evidence, r.outcome = $outcome, r.stage = $stage, r.group = $group,
    r.sources = $sources, r.updatedAt = $updatedAt, r.updatedBy = $updatedBy
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation
