// Benchmark report only: the degree distribution of the loaded graph (how heavy its tail is).
MATCH (n:Entity)
WITH n, COUNT { (n)--() } AS degree
RETURN count(n) AS nodes, percentileDisc(degree, 0.5) AS p50, percentileDisc(degree, 0.99) AS p99,
       percentileDisc(degree, 0.999) AS p999, max(degree) AS max
