/** What kind of publication a source is: the seed, curation and the evidence policy all use this list. */
export const SOURCE_TYPES = ["review", "trial", "textbook", "guideline", "website"] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
