// States of the person by id (contraindications: the intake screening states and every state of the
// situation), each with its own red flags (HAS_RED_FLAG) and what each may point to (SUGGESTS): warnings
// follow the person's states, not only the ailments named. Runs in the recommendation's read transaction.
UNWIND $ids AS id
MATCH (s:Contraindication {id: id})
RETURN s {.*, labels: labels(s)} AS state,
       [(s)-[:HAS_RED_FLAG]->(f:RedFlag) | {
         flag: f {.*, labels: labels(f)},
         suggests: [(f)-[:SUGGESTS]->(x:Entity) | x {.id, .name, .kind, labels: labels(x)}]
       }] AS redFlags
