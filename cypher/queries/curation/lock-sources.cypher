// Write-locks the named sources (in id order, to avoid deadlocks) and returns those that exist:
// a link citing a source and the deletion of that source cannot interleave. The type tells a
// textbook, whose citation needs a chapter or page.
MATCH (s:Source)
WHERE s.id IN $ids
WITH s
ORDER BY s.id
SET s._lock = true
REMOVE s._lock
RETURN s.id AS id, s.type AS type
