/**
 * The form of a name that must be unique among entities (cypher/schema/005-entity-name-key.cypher
 * backfills it the same way in Cypher: toLower(trim(name))): "Muscle spasm" and " muscle SPASM "
 * are one name.
 */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}
