// Seed loader: creates or updates relationships of type $type by (from, type, to); one call per type.
// $type is a relationship type of the model (src/model/relations.ts), never client text.
// Every write of a relationship also sets its link keys, the ends' ids and names the ordered link
// indexes read (src/db/link-keys.ts); merge-entities keeps the names when the seed renames an entity.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$($type)]->(b)
SET r += row.props, r.fromId = a.id, r.fromName = a.name, r.toId = b.id, r.toName = b.name
RETURN count(r) AS merged
