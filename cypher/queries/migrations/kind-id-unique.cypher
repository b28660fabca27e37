// A template (cypher-files.ts fills {{label}} with a kind label of the model), run at every start
// (migrations.ts): ids are unique within the kind, as they are across every entity.
CREATE CONSTRAINT IF NOT EXISTS FOR (n:{{label}}) REQUIRE n.id IS UNIQUE
