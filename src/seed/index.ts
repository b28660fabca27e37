/** The entry point of src/seed for test/, bench/ and soak/ (src/ itself imports its files directly). */
export { prepareDatabase } from "./prepare-database";
export { runSeedChecks } from "./seed-check";
export { readGraph } from "./seed-export";
export { defaultSeedDir, readSeedFolder, writeSeedFiles } from "./seed-folder";
export { OPTIONAL_FILES, SEED_FILES } from "./seed-format";
export type { SeedEntity, SeedGraph, SeedRelationship } from "./seed-format";
export { loadSeedFolder, loadSeedIfEmpty, writeSeedGraph, writeSeedParts } from "./seed-load";
export { SeedValidationError, formatProblem } from "./seed-problem";
export { formatSeedFiles } from "./seed-yaml";
