// Creates or updates the one relationship of type $type from $from to $to (both ends are already
// locked by curation/lock-entity, so concurrent links of the same triple cannot both create it, and
// a rename of either end waits: the names copied into the link keys, src/db/link-keys.ts, are current).
// $type is a relationship type of the model (src/model/relations.ts), checked before the call.
// A curated link cites at least one source, so it is no longer practice-only; its locators are the
// input's ("<source id>: <chapter or page>", or null), like every other field it replaces.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MERGE (a)-[r:$($type)]->(b)
SET r.note = $note, r.evidence = $evidence, r.outcome = $outcome, r.stage = $stage, r.group = $group,
    r.sources = $sources, r.practiceOnly = null,
    r.locators = $locators,
    r.updatedAt = $updatedAt, r.updatedBy = $updatedBy,
    r.fromId = a.id, r.fromName = a.name, r.toId = b.id, r.toName = b.name
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation
