/** The entry point of src/config for test/, bench/ and soak/ (src/ itself imports its files directly). */
export { loadConfig } from "./config";
export type { AppConfig } from "./config";
