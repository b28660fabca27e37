// Replaces every curated property of the claimed node and sets its role labels: the primary kind
// plus $roles; a role no longer listed loses its label (the service then checks its relationships).
MATCH (n:Entity {id: $id})
SET n.name = $name,
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
FOREACH (_ IN CASE WHEN 'AILMENT' IN $roles THEN [1] ELSE [] END | SET n:Ailment)
FOREACH (_ IN CASE WHEN 'AILMENT' IN $roles THEN [] ELSE [1] END | REMOVE n:Ailment)
FOREACH (_ IN CASE WHEN 'CAUSE' IN $roles THEN [1] ELSE [] END | SET n:Cause)
FOREACH (_ IN CASE WHEN 'CAUSE' IN $roles THEN [] ELSE [1] END | REMOVE n:Cause)
FOREACH (_ IN CASE WHEN 'THERAPY' IN $roles THEN [1] ELSE [] END | SET n:Therapy)
FOREACH (_ IN CASE WHEN 'THERAPY' IN $roles THEN [] ELSE [1] END | REMOVE n:Therapy)
FOREACH (_ IN CASE WHEN 'CONTRAINDICATION' IN $roles THEN [1] ELSE [] END | SET n:Contraindication)
FOREACH (_ IN CASE WHEN 'CONTRAINDICATION' IN $roles THEN [] ELSE [1] END | REMOVE n:Contraindication)
FOREACH (_ IN CASE WHEN 'RED_FLAG' IN $roles THEN [1] ELSE [] END | SET n:RedFlag)
FOREACH (_ IN CASE WHEN 'RED_FLAG' IN $roles THEN [] ELSE [1] END | REMOVE n:RedFlag)
RETURN n {.*, labels: labels(n)} AS node
