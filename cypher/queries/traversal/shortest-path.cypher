// The shortest path between entities $from and $to, ignoring direction. The pattern stops at 10
// relationships (the API's cap); $maxHops filters further. No row when there is none.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..10]-(b))
WITH p WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n {.*, labels: labels(n)}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relationships
