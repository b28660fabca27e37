// Full-text search over names, synonyms and summaries. $query is built by search-terms.ts from
// letters and digits only; $labels (null = any kind) filters kinds; at most $scan index hits are read.
// Nodes are projected only after the limit, so the scanned hits cost an index read each, no more.
CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: toInteger($scan)}) YIELD node, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
WITH node, score
ORDER BY score DESC, node.name, node.id
LIMIT toInteger($first)
RETURN node {.*, labels: labels(node)} AS node, score
