// A template (cypher-files.ts fills {{label}} with a kind label of the model), run at every start
// (migrations.ts): the kind's list pages by name read this index in order (catalog/page.cypher).
CREATE INDEX IF NOT EXISTS FOR (n:{{label}}) ON (n.name)
