// One migration lock node per database (src/db/migration-lock.ts): concurrent MERGEs of it must
// find one node, which only a uniqueness constraint guarantees.
CREATE CONSTRAINT schema_migration_lock_name IF NOT EXISTS FOR (l:SchemaMigrationLock) REQUIRE l.name IS UNIQUE
