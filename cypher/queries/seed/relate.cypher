// Seed loader: creates or updates relationships of type $type by (from, type, to); one call per type.
// $type is a relationship type of the model (src/model/relations.ts), never client text.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$($type)]->(b)
SET r += row.props
RETURN count(r) AS merged
