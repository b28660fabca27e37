// Sorted, filtered lists page by name; contraindication filters use severity and scope.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX contraindication_severity_scope IF NOT EXISTS FOR (n:Contraindication) ON (n.severity, n.scope);
