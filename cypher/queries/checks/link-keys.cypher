// Data check: relationships whose link keys (src/db/link-keys.ts: copies of the ends' ids and names,
// by which link lists are read in name order) are missing or disagree with their ends. Every write of
// the API, the seed loader and migration 010 keep them; a relationship written some other way is left
// out of link lists, or misplaced in them, until the API writes it again.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE NOT coalesce(r.fromId = a.id AND r.fromName = a.name AND r.toId = b.id AND r.toName = b.name, false)
RETURN a.id + ' -' + type(r) + '-> ' + b.id AS subject,
       CASE WHEN r.fromId IS NULL OR r.toId IS NULL
         THEN 'has no link keys (written outside the API): link lists leave it out until it is linked again'
         ELSE 'has link keys that disagree with its ends: link lists misplace it until it is linked again' END AS detail
ORDER BY subject
