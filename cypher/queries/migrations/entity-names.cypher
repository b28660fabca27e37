// Every entity's name and stored name key, for re-keying names (src/db/name-key-migration.ts).
MATCH (n:Entity)
WHERE n.name IS NOT NULL
RETURN n.id AS id, n.name AS name, n.nameKey AS nameKey
ORDER BY n.id
