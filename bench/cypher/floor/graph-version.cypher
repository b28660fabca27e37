// The floor (bench/servers/floor-server.ts): the graph's version, what a conditional GET revalidates.
MATCH (v:GraphVersion {id: 'graph'})
RETURN v.version AS version
