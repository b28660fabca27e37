// Data check: relationships citing no source and not labelled practice-only, labelled practice-only but
// citing a source or graded other than D (the record rule, src/records/relationship.ts), or citing a
// source id that is not a Source node.
MATCH (a:Entity)-[r]->(b:Entity)
WITH a, r, b, coalesce(r.practiceOnly, false) = true AS practice, size(coalesce(r.sources, [])) AS cited,
     [id IN coalesce(r.sources, []) WHERE NOT EXISTS { MATCH (:Source {id: id}) }] AS missing
WHERE size(missing) > 0 OR (cited = 0 AND NOT practice) OR (practice AND (cited > 0 OR r.evidence <> 'D'))
RETURN a.id + ' -' + type(r) + '-> ' + b.id AS subject,
       CASE
         WHEN size(missing) > 0
           THEN 'cites unknown sources: ' + reduce(s = '', id IN missing | s + CASE WHEN s = '' THEN '' ELSE ', ' END + id)
         WHEN practice THEN 'is practice-only but cites a source or is not graded D'
         ELSE 'cites no source'
       END AS detail
ORDER BY subject
