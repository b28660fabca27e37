// Migration 010 (src/db/link-keys.ts): sets the link keys (both ends' ids and names) of the
// relationships leaving the first $batch entities after $after, by id; returns the last id done
// (null: none left). One batch per transaction, so a big graph is never one huge write.
MATCH (a:Entity)
WHERE a.id > $after
WITH a
ORDER BY a.id
LIMIT toInteger($batch)
CALL (a) {
  MATCH (a)-[r]->(b:Entity)
  SET r.fromId = a.id, r.fromName = a.name, r.toId = b.id, r.toName = b.name
}
RETURN max(a.id) AS last
