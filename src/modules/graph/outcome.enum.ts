import { registerEnumType } from "type-graphql";
import type { SeedOutcome } from "../../model";

/**
 * What the evidence of a TREATED_BY or PREVENTED_BY link says: it helps (BENEFIT, the default),
 * it was studied and does not (NO_BENEFIT), or it was studied without a usable answer
 * (INSUFFICIENT). Only BENEFIT links recommend anything; the others are shown as evidence.
 * Stored in lowercase with a hyphen, as the seed writes it (no-benefit).
 */
export enum Outcome {
  BENEFIT = "BENEFIT",
  NO_BENEFIT = "NO_BENEFIT",
  INSUFFICIENT = "INSUFFICIENT",
}

export function outcomeOfStored(value: string | null | undefined): Outcome | null {
  return value ? (value.toUpperCase().replace("-", "_") as Outcome) : null;
}

export function storedOutcome(outcome: Outcome | null | undefined): SeedOutcome | null {
  return outcome ? (outcome.toLowerCase().replace("_", "-") as SeedOutcome) : null;
}

registerEnumType(Outcome, {
  name: "Outcome",
  description: "What the evidence of a TREATED_BY or PREVENTED_BY link says: BENEFIT, NO_BENEFIT or INSUFFICIENT.",
});
