// Seed loader: creates or updates Source nodes; null properties are removed, so a reload matches the files.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props
