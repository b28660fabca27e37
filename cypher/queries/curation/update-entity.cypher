// Replaces every curated property of the claimed node and sets its role labels: $roleLabels (the
// primary kind's label and its further roles'); the model's other kind labels ($otherLabels) are
// removed, so a role no longer listed loses its label (the service then checks its relationships).
// nameKey is uniquely constrained: a name another entity took meanwhile fails here (CONFLICT).
// A new name is copied into the link keys of the node's relationships (src/db/link-keys.ts), which
// order its neighbours' link lists; an unchanged name costs none of them (the WHERE comes first).
MATCH (n:Entity {id: $id})
WITH n, n.name AS previousName
SET n.name = $name,
    n.nameKey = $nameKey,
    n.synonyms = $synonyms,
    n.summary = $summary,
    n.category = $category,
    n.codes = $codes,
    n.severity = $severity,
    n.scope = $scope,
    n.stage = $stage,
    n.question = $question,
    n.adaptationPressure = $adaptationPressure,
    n.adaptationPosition = $adaptationPosition,
    n.adaptationAvoid = $adaptationAvoid,
    n.adaptationMaxMinutes = $adaptationMaxMinutes,
    n.adaptationClearance = $adaptationClearance,
    n.adaptationNotes = $adaptationNotes,
    n.urgency = $urgency,
    n.action = $action,
    n.updatedAt = $updatedAt,
    n.updatedBy = $updatedBy
SET n:$($roleLabels)
REMOVE n:$($otherLabels)
WITH n, previousName IS NULL OR previousName <> n.name AS renamed
CALL (n, renamed) {
  WITH n WHERE renamed
  MATCH (n)-[r]->(:Entity)
  SET r.fromId = n.id, r.fromName = n.name
}
CALL (n, renamed) {
  WITH n WHERE renamed
  MATCH (n)<-[r]-(:Entity)
  SET r.toId = n.id, r.toName = n.name
}
RETURN n {.*, labels: labels(n)} AS node
