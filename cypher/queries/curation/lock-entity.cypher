// Write-locks an entity until the transaction ends (setting and removing a property takes the
// node's write lock): links from one node then run one at a time, so MERGE cannot duplicate.
MATCH (n:Entity {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN n {.id, labels: labels(n)} AS node
