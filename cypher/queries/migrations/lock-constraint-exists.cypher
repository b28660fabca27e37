// Whether the migration lock's uniqueness constraint exists (another process may have just made it).
SHOW CONSTRAINTS YIELD name
WHERE name = 'schema_migration_lock_name'
RETURN count(*) > 0 AS exists
