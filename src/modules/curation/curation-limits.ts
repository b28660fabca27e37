import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "../../util/ids";

/** The limits every curated value keeps to (the seed format's rules, so an export stays loadable). */
export const LIMITS = {
  slugPattern: SLUG_PATTERN,
  slugMax: SLUG_MAX_LENGTH,
  slugMessage: "$property must be an id slug: lowercase letters, digits and single hyphens",
  nameMax: 200,
  summaryMax: 2000,
  synonymsMax: 30,
  synonymMax: 100,
  categoryMax: 50,
  codesMax: 20,
  /** "system:code", e.g. icd10:I10 */
  codePattern: /^[a-z][a-z0-9-]{0,29}:[A-Za-z0-9.-]{1,40}$/,
  titleMax: 300,
  publisherMax: 200,
  urlMax: 2000,
  noteMax: 500,
  sourcesMax: 20,
  questionMax: 300,
  actionMax: 500,
  adaptationTextMax: 500,
  avoidMax: 20,
  authorsMax: 300,
  editionMax: 50,
  chapterMax: 300,
  groupMax: 60,
  coversMax: 200,
} as const;
