// Data check: ailments with no cause: neither CAUSED_BY a cause nor brought on (LEADS_TO) by another node,
// as in the pain-spasm-ischemia cycle where ischemia leads to pain.
MATCH (n:Ailment)
WHERE NOT (n)-[:CAUSED_BY]->(:Cause) AND NOT (:Entity)-[:LEADS_TO]->(n)
RETURN n.id AS subject, 'has no cause (CAUSED_BY, or LEADS_TO from another node)' AS detail
ORDER BY subject
