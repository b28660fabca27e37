// How many relationships one entity has, per relationship type and direction ('*' for any type):
// the largest and the 99th percentile over the entities that have any. The cost model prices a
// nested link list by these (a hub's degree, not an average). Reads every relationship once per
// direction; one API process runs it per graph version and stores the result for the others
// (src/modules/graph/degree-store.ts).
MATCH (n:Entity)-[r]->(:Entity)
WITH n, type(r) AS type, count(*) AS degree
RETURN type, 'OUTGOING' AS direction, max(degree) AS max, percentileDisc(degree, 0.99) AS p99
UNION ALL
MATCH (n:Entity)<-[r]-(:Entity)
WITH n, type(r) AS type, count(*) AS degree
RETURN type, 'INCOMING' AS direction, max(degree) AS max, percentileDisc(degree, 0.99) AS p99
UNION ALL
MATCH (n:Entity)-[r]-(:Entity)
WITH n, type(r) AS type, count(*) AS degree
RETURN type, 'BOTH' AS direction, max(degree) AS max, percentileDisc(degree, 0.99) AS p99
UNION ALL
MATCH (n:Entity)-[r]->(:Entity)
WITH n, count(*) AS degree
RETURN '*' AS type, 'OUTGOING' AS direction, max(degree) AS max, percentileDisc(degree, 0.99) AS p99
UNION ALL
MATCH (n:Entity)<-[r]-(:Entity)
WITH n, count(*) AS degree
RETURN '*' AS type, 'INCOMING' AS direction, max(degree) AS max, percentileDisc(degree, 0.99) AS p99
UNION ALL
MATCH (n:Entity)-[r]-(:Entity)
WITH n, count(*) AS degree
RETURN '*' AS type, 'BOTH' AS direction, max(degree) AS max, percentileDisc(degree, 0.99) AS p99
UNION ALL
// The number of entities (from Neo4j's count store, free): what a traversal can reach at most.
MATCH (n:Entity)
RETURN '*' AS type, 'ENTITIES' AS direction, count(n) AS max, count(n) AS p99
