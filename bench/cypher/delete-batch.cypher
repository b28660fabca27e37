// Benchmark harness only: empties the benchmark database a batch at a time (schema records stay),
// so a big graph never has to be deleted in one transaction.
MATCH (n)
WHERE NOT n:SchemaMigration
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS deleted
