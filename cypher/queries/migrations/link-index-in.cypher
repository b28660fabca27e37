// A template (cypher-files.ts fills {{relationType}} with a relationship type of the model), run at
// every start (src/db/link-keys.ts): a node's incoming links of the type in neighbour-name order
// (the mirror of link-index-out.cypher, whose comment says why).
CREATE INDEX link_in_{{relationType}} IF NOT EXISTS FOR ()-[r:{{relationType}}]-() ON (r.toId, r.fromName, r.fromId)
