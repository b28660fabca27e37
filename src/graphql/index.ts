/** The entry point of src/graphql for test/, bench/ and soak/ (src/ itself imports its files directly). */
export { createContext } from "./context";
export type { Context } from "./context";
export { buildApiSchema } from "./schema";
export type { Services } from "./services";
