/** What kind of publication a source is (the model's list): seed, curation and the evidence policy use it. */
export { SOURCE_TYPES } from "../../model";
