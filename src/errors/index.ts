/** The entry point of src/errors for test/, bench/ and soak/ (src/ itself imports its files directly). */
export { ApiError } from "./api-errors";
