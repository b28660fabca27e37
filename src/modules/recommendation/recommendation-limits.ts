/** Longest id, name or synonym a recommendation argument's item may be. */
export const MAX_TERM_LENGTH = 100;
