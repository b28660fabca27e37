// Benchmark report only: the most linked entities (the hubs the probes start from).
MATCH (n:Entity)
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC
LIMIT 6
RETURN n.id AS id, degree
