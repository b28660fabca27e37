/** Defined in graph (its degree statistics read it, and graph sits below links); kept here for links' imports. */
export { LinkDirection } from "../graph";
