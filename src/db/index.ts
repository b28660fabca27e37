/** The entry point of src/db for test/, bench/ and soak/ (src/ itself imports its files directly). */
export { cypher } from "./cypher-files";
export { forDepth, forTypes } from "./query-names";
export { Database, INSTANCE } from "./database";
export type { DatabaseOptions } from "./database";
export { bumpGraphVersion } from "./graph-version";
export { applyMigrations, loadMigrations } from "./migrations";
