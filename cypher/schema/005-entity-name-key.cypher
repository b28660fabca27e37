// Names are unique among entities, ignoring case and surrounding spaces, and Neo4j enforces it:
// every entity carries `nameKey` (here its name trimmed and lowercased; migration 009 re-keys names
// by src/util/name-key.ts, as the seed loader and curation set it), under a uniqueness constraint, so two concurrent upserts can never
// both take one name. Backfill first: when existing entities already share a name (possible before
// this migration), the first by id keeps the plain key and the others get their id appended, so the
// constraint can be created; `npm run seed:check` still lists them as shared names to fix.
MATCH (n:Entity)
WHERE n.name IS NOT NULL
WITH toLower(trim(n.name)) AS key, n
ORDER BY n.id
WITH key, collect(n) AS nodes
UNWIND range(0, size(nodes) - 1) AS i
WITH key, i, nodes[i] AS n
SET n.nameKey = CASE WHEN i = 0 THEN key ELSE key + ' #' + n.id END;
CREATE CONSTRAINT entity_name_key_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.nameKey IS UNIQUE;
