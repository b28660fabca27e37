// Ids are unique across every entity (one id space), and within each kind and for sources.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ailment_id_unique IF NOT EXISTS FOR (n:Ailment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT cause_id_unique IF NOT EXISTS FOR (n:Cause) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT therapy_id_unique IF NOT EXISTS FOR (n:Therapy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contraindication_id_unique IF NOT EXISTS FOR (n:Contraindication) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE;
