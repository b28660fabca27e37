// Seed loader: creates or updates entity nodes by id; seed fields absent from the files arrive as null
// and are removed, other properties (updatedAt, updatedBy) stay. Kind labels are set by label-*.cypher.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n += row.props
