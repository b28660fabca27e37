/** The entry point of src/util for test/, bench/ and soak/ (src/ itself imports its files directly). */
export { projectRoot } from "./project-root";
