// Gives the migration lease up: the node goes (so no trace of it stays in the graph), if $holder still holds it.
MATCH (l:SchemaMigrationLock {name: 'schema', holder: $holder})
DELETE l
