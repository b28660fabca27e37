// First statement of the write transaction that computes the degree statistics: takes the write lock on
// the node that stores them (kept beside the graph version, so no test fingerprint or export sees it). A
// second process waits here until the first commits, then finds them fresh and only reads them.
MERGE (s:GraphVersion {id: 'degree-stats'})
SET s.lockedAt = datetime()
