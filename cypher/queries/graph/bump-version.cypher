// Gives the graph a new version: run in the same write transaction as every change to the graph
// (curation writes, seed loads), so the version a reader sees is never newer than the data it reads.
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = randomUUID(), v.changedAt = datetime()
RETURN v.version AS version
