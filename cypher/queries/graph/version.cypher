// The graph's current version (see bump-version.cypher); no row before the first change.
MATCH (v:GraphVersion {id: 'graph'})
RETURN v.version AS version
