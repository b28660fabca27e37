/** The entry point of src/auth for test/, bench/ and soak/ (src/ itself imports its files directly). */
export { apiKeySubject } from "./api-key";
