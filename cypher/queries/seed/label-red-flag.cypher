// Seed loader: gives each seed node the :RedFlag label exactly when the seed says it plays that kind.
// Labels cannot be parameters, so there is one such file per kind.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
FOREACH (_ IN CASE WHEN row.plays THEN [1] ELSE [] END | SET n:RedFlag)
FOREACH (_ IN CASE WHEN row.plays THEN [] ELSE [1] END | REMOVE n:RedFlag)
