/** The role every mutation needs. */
export const CURATOR_ROLE = "curator";
