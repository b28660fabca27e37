// Seed loader: creates or updates entity nodes by id; seed fields absent from the files arrive as null
// and are removed, other properties (updatedAt, updatedBy) stay. Kind labels are set by label-*.cypher.
// A name the seed changes is copied into the link keys of the node's relationships, curated ones
// too (src/db/link-keys.ts, as curation/update-entity does); an unchanged name costs none of them.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, n.name AS previousName
SET n += row.props
WITH n, previousName IS NULL OR previousName <> n.name AS renamed
CALL (n, renamed) {
  WITH n WHERE renamed
  MATCH (n)-[r]->(:Entity)
  SET r.fromId = n.id, r.fromName = n.name
}
CALL (n, renamed) {
  WITH n WHERE renamed
  MATCH (n)<-[r]-(:Entity)
  SET r.toId = n.id, r.toName = n.name
}
