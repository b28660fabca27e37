// Creates or updates the one relationship of type $type from $from to $to (the start node is already
// locked by curation/lock-entity, so concurrent links of the same triple cannot both create it).
// $type is a relationship type of the model (src/model/relations.ts), checked before the call.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MERGE (a)-[r:$($type)]->(b)
SET r.note = $note, r.evidence = $evidence, r.outcome = $outcome, r.stage = $stage, r.group = $group,
    r.sources = $sources, r.updatedAt = $updatedAt, r.updatedBy = $updatedBy
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation
