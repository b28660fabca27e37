// The person's situation: for each ailment or cause they named (in ailments or conditions), the
// states it may present as (PRESENTS_AS, with the stage and group on the relationship) and its red
// flags (HAS_RED_FLAG) with what each may point to (SUGGESTS). Runs in the recommendation's
// read transaction; the service settles each state (confirmed, ruled out or unknown) from it.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id,
       [(n)-[r:PRESENTS_AS]->(s:Contraindication) | {state: s {.*, labels: labels(s)}, stage: r.stage, group: r.group}] AS states,
       [(n)-[:HAS_RED_FLAG]->(f:RedFlag) | {
         flag: f {.*, labels: labels(f)},
         suggests: [(f)-[:SUGGESTS]->(x:Entity) | x {.id, .name, .kind, labels: labels(x)}]
       }] AS redFlags
