// First statement of an upsert: creates the node when the id is new (MERGE on the uniquely
// constrained id, so concurrent upserts of one new id make one node) and write-locks it, so the
// rest of the upsert runs one writer at a time per id. Returns the primary kind it already has.
MERGE (n:Entity {id: $id})
  ON CREATE SET n.kind = $kind
SET n._lock = true
REMOVE n._lock
RETURN n.kind AS kind
