// The floor (bench/servers/floor-server.ts): a cause with the ailments it causes and its therapies, as
// one hand-written statement that reads only those relationship types and directions and returns only
// the fields the bench selects. Each list is the API's: the first $perList neighbours by name then id;
// therapies then keep only treatments (no stored outcome, or "benefit"), as the API's therapies field
// does.
MATCH (n:Entity {id: $id})
WHERE $label IN labels(n)
RETURN n.id AS id, n.name AS name, n.summary AS summary,
  COLLECT {
    MATCH (n)<-[r:CAUSED_BY]-(m:Ailment)
    WITH r, m ORDER BY m.name, m.id LIMIT toInteger($perList)
    RETURN {id: m.id, name: m.name, note: r.note, evidence: r.evidence}
  } AS ailments,
  COLLECT {
    MATCH (n)-[r:TREATED_BY]->(m:Therapy)
    WITH r, m ORDER BY m.name, m.id LIMIT toInteger($perList)
    WITH r, m WHERE r.outcome IS NULL OR r.outcome = '' OR toUpper(r.outcome) = 'BENEFIT'
    RETURN {id: m.id, name: m.name, note: r.note, evidence: r.evidence}
  } AS therapies
