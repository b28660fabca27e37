// The range indexes on one relationship type's properties, to find which ordered link indexes
// (link-index-out.cypher, link-index-in.cypher) are missing (src/db/link-keys.ts).
SHOW INDEXES YIELD entityType, type, labelsOrTypes, properties
WHERE entityType = 'RELATIONSHIP' AND type = 'RANGE' AND size(labelsOrTypes) = 1
RETURN labelsOrTypes[0] AS relationType, properties
