/** The entry point of src/cli for test/, bench/ and soak/: what a test server shares with `npm start`. */
export { loadTrustedDocuments } from "./builtin-documents";
