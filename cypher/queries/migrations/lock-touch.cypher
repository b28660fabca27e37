// Takes the migration lock node's write lock (creating the node if needed) before its holder is
// read, so two processes cannot both read "free" and both take it (Neo4j reads committed data).
MERGE (l:SchemaMigrationLock {name: 'schema'})
SET l.touchedAt = datetime()
