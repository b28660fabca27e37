/**
 * The closed lists of values a stored property takes, as the seed files write them (the GraphQL enums
 * spell some in capitals: ACUTE for acute). Plain data, read by the record rules (src/records), the
 * seed format and the GraphQL enums, so each list is written once.
 */

/** Evidence grades, strongest first. */
export const EVIDENCE_GRADES = ["A", "B", "C", "D"] as const;
/** What kind of publication a source is. */
export const SOURCE_TYPES = ["review", "trial", "textbook", "guideline", "website"] as const;
/** What the evidence of a TREATED_BY or PREVENTED_BY link says. */
export const SEED_OUTCOMES = ["benefit", "no-benefit", "insufficient"] as const;
export const SEVERITIES = ["ABSOLUTE", "PRECAUTION"] as const;
export const SCOPES = ["GENERAL", "LOCAL"] as const;
export const STAGES = ["acute", "subacute", "chronic", "any"] as const;
export const URGENCIES = ["EMERGENCY", "SAME_DAY", "SOON"] as const;
/** The most a precaution allows. */
export const PRESSURES = ["light", "moderate", "usual"] as const;
/** A therapy's defining pressure. */
export const TECHNIQUE_PRESSURES = ["light", "moderate", "deep"] as const;
export const REGIONS = [
  "whole-body",
  "head",
  "neck",
  "chest",
  "abdomen",
  "back",
  "arms",
  "hands",
  "legs",
  "feet",
  "lesion",
] as const;
export const THERMAL_AGENTS = ["heat", "cold"] as const;

export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];
export type SourceType = (typeof SOURCE_TYPES)[number];
export type SeedOutcome = (typeof SEED_OUTCOMES)[number];
