// How many relationships cite the source, and a few of them to name in the refusal.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE $id IN r.sources
WITH a.id + ' -' + type(r) + '-> ' + b.id AS relationship
ORDER BY relationship
RETURN count(*) AS count, collect(relationship)[0..5] AS examples
