// Seed loader: gives each seed node the kind label $label exactly when the seed says it plays that kind.
// $label is a kind's label from the model (src/model/kinds.ts), never client text; one call per kind.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
FOREACH (_ IN CASE WHEN row.plays THEN [1] ELSE [] END | SET n:$($label))
FOREACH (_ IN CASE WHEN row.plays THEN [] ELSE [1] END | REMOVE n:$($label))
