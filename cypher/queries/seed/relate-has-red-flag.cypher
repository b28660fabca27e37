// Seed loader: creates or updates HAS_RED_FLAG relationships by (from, type, to).
// Relationship types cannot be parameters, so there is one such file per type.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:HAS_RED_FLAG]->(b)
SET r += row.props
RETURN count(r) AS merged
