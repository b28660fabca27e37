// A template (cypher-files.ts fills {{relationType}} with a relationship type of the model), run at
// every start (src/db/link-keys.ts): a node's outgoing links of the type in neighbour-name order, so
// a capped link list seeks its first neighbours instead of reading and sorting all of a hub's
// (links/by-keys.cypher). The keys are copies kept on the relationship by every write (link-keys.ts).
CREATE INDEX link_out_{{relationType}} IF NOT EXISTS FOR ()-[r:{{relationType}}]-() ON (r.fromId, r.toName, r.toId)
