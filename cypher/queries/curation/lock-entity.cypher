// Write-locks an entity until the transaction ends (setting and removing a property takes the
// node's write lock): links from one node then run one at a time, so MERGE cannot duplicate.
// The node is matched again once the lock is held: a delete that committed while this waited
// leaves no row (NOT_FOUND), rather than a node without labels.
MATCH (n:Entity {id: $id})
SET n._lock = true
REMOVE n._lock
WITH elementId(n) AS locked
MATCH (n:Entity {id: $id})
WHERE elementId(n) = locked
RETURN n {.id, labels: labels(n)} AS node
