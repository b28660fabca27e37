// Replaces every curated property of the claimed node and sets its role labels: $roleLabels (the
// primary kind's label and its further roles'); the model's other kind labels ($otherLabels) are
// removed, so a role no longer listed loses its label (the service then checks its relationships).
// nameKey is uniquely constrained: a name another entity took meanwhile fails here (CONFLICT).
MATCH (n:Entity {id: $id})
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
RETURN n {.*, labels: labels(n)} AS node
