// Search candidates from two full-text indexes: $stemmed against entity_text (english analyzer:
// names, synonyms, summaries, stems) and $words against entity_words (names and synonyms as typed,
// for typos). Both are built by search-terms.ts from letters and digits only. $labels (null = any
// kind) filters kinds among at most $scan hits per index; the best $candidates of each are merged,
// and the service ranks them (search-rank.ts). Nodes are projected only for those candidates.
CALL {
  CALL db.index.fulltext.queryNodes('entity_text', $stemmed, {limit: toInteger($scan)}) YIELD node, score
  WITH node, score WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
  RETURN node, score ORDER BY score DESC LIMIT toInteger($candidates)
  UNION
  CALL db.index.fulltext.queryNodes('entity_words', $words, {limit: toInteger($scan)}) YIELD node, score
  WITH node, score WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
  RETURN node, score ORDER BY score DESC LIMIT toInteger($candidates)
}
WITH DISTINCT node
RETURN node {.*, labels: labels(node)} AS node
