/** The entry point of src/server for test/, bench/ and soak/ (src/ itself imports its files directly). */
export { createApp } from "./app";
export { knownOperationNames, PAGE_OPERATIONS } from "./known-operations";
export { playgroundExamples } from "./playground-examples";
export { documentHash } from "./trusted-documents";
