import { registerEnumType } from "type-graphql";

/**
 * What a technique is, as the safety rules read it (docs/safety-policy.md). Stored in lowercase
 * with hyphens, as the seed writes them (whole-body); the GraphQL enums are the upper-case names.
 */

/** The pressure that defines a technique: the least it can be given at and still be itself. */
export enum TechniquePressure {
  LIGHT = "LIGHT",
  MODERATE = "MODERATE",
  DEEP = "DEEP",
}

/** Where a technique works, where a complaint is, or where a state forbids work. */
export enum BodyRegion {
  WHOLE_BODY = "WHOLE_BODY",
  HEAD = "HEAD",
  NECK = "NECK",
  CHEST = "CHEST",
  ABDOMEN = "ABDOMEN",
  BACK = "BACK",
  ARMS = "ARMS",
  HANDS = "HANDS",
  LEGS = "LEGS",
  FEET = "FEET",
  /** A technique aimed at the site of the complaint being treated, wherever that is. */
  LESION = "LESION",
}

/** A thermal agent a technique applies, or one a state forbids. */
export enum ThermalAgent {
  HEAT = "HEAT",
  COLD = "COLD",
}

registerEnumType(TechniquePressure, {
  name: "TechniquePressure",
  description: "The pressure that defines a technique (the least it can be given at and still be itself).",
});
registerEnumType(BodyRegion, {
  name: "BodyRegion",
  description: "A body region. LESION: the site of the complaint being treated; WHOLE_BODY: any region.",
});
registerEnumType(ThermalAgent, { name: "ThermalAgent", description: "Heat or cold applied to the body." });

/** The regions a person can name as a site (answers to a SITE question). */
export const SITE_REGIONS: readonly BodyRegion[] = Object.values(BodyRegion).filter(
  (r) => r !== BodyRegion.WHOLE_BODY && r !== BodyRegion.LESION,
);

const PRESSURE_RANK: Record<string, number> = { LIGHT: 1, MODERATE: 2, DEEP: 3, USUAL: 3 };

/** 1 light, 2 moderate, 3 deep (a precaution's USUAL caps nothing); undefined when unknown. */
export function pressureRank(pressure: string | null | undefined): number | undefined {
  return pressure ? PRESSURE_RANK[pressure.toUpperCase()] : undefined;
}

/** whole-body -> WHOLE_BODY (stored value to enum). */
export const toEnumValue = (stored: string): string => stored.toUpperCase().replace(/-/g, "_");
