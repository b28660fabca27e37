// Sets the name keys of the entities given ($rows: [{id, nameKey}]).
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.nameKey = row.nameKey
