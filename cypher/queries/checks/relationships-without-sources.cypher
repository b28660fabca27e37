// Data check: relationships citing no source (unless labelled practice-only), or citing a source id
// that is not a Source node.
MATCH (a:Entity)-[r]->(b:Entity)
WITH a, r, b, [id IN coalesce(r.sources, []) WHERE NOT EXISTS { MATCH (:Source {id: id}) }] AS missing
WHERE (size(coalesce(r.sources, [])) = 0 AND r.practiceOnly IS NULL) OR size(missing) > 0
RETURN a.id + ' -' + type(r) + '-> ' + b.id AS subject,
       CASE WHEN size(missing) > 0
         THEN 'cites unknown sources: ' + reduce(s = '', id IN missing | s + CASE WHEN s = '' THEN '' ELSE ', ' END + id)
         ELSE 'cites no source' END AS detail
ORDER BY subject
