// The graph version behind HTTP ETags: one (:GraphVersion {id: 'graph'}) node whose `version`
// (a random token, never reused after a wipe) every curation write and seed load replaces in its
// own transaction. The constraint makes the MERGE that creates it safe under concurrency.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
MERGE (v:GraphVersion {id: 'graph'}) ON CREATE SET v.version = randomUUID(), v.changedAt = datetime();
// One GraphQL type per entity: a node that plays both the ailment and the cause role is an
// ailment first (stress moved from causes.yaml to ailments.yaml). Graphs curated before keep working.
MATCH (n:Entity:Ailment:Cause) WHERE n.kind = 'Cause' SET n.kind = 'Ailment';
