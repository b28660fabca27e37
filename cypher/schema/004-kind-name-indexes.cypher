// Lists page each kind by name: one name index per kind lets a page read only that kind's
// entries, in order, however many entities of other kinds sort before them.
CREATE INDEX ailment_name IF NOT EXISTS FOR (n:Ailment) ON (n.name);
CREATE INDEX cause_name IF NOT EXISTS FOR (n:Cause) ON (n.name);
CREATE INDEX therapy_name IF NOT EXISTS FOR (n:Therapy) ON (n.name);
CREATE INDEX contraindication_name IF NOT EXISTS FOR (n:Contraindication) ON (n.name);
