// Export: every entity node with its labels (the kinds it plays).
MATCH (n:Entity)
RETURN n {.*, labels: labels(n)} AS node
ORDER BY n.id
