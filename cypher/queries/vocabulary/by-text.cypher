// Candidates for free-text terms (resolveTerms, and the names and synonyms recommendTherapies
// accepts): for each term, the full-text hits among the kinds it may name ($terms[].labels), best
// first, at most $keep of them. $terms[].query is built by search-terms.ts from letters and digits
// only, so no text is ever read as query syntax; terms with no such query are not sent.
UNWIND $terms AS term
CALL (term) {
  CALL db.index.fulltext.queryNodes('entity_text', term.query, {limit: toInteger($scan)}) YIELD node, score
  WHERE any(label IN labels(node) WHERE label IN term.labels)
  RETURN node, score
  ORDER BY score DESC, node.name, node.id
  LIMIT toInteger($keep)
}
RETURN term.position AS position, node {.*, labels: labels(node)} AS node, score
