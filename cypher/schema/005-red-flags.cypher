// Red flags (signs that need a medical assessment first) are a kind of their own: ids unique
// within the kind as for the others, and a name index for listing them.
CREATE CONSTRAINT red_flag_id_unique IF NOT EXISTS FOR (n:RedFlag) REQUIRE n.id IS UNIQUE;
CREATE INDEX red_flag_name IF NOT EXISTS FOR (n:RedFlag) ON (n.name);
