import { registerEnumType } from "type-graphql";

/** How soon a red flag needs a doctor (the seed writes the same words). */
export enum RedFlagUrgency {
  /** Call emergency services now. */
  EMERGENCY = "EMERGENCY",
  /** See a doctor today. */
  SAME_DAY = "SAME_DAY",
  /** See a doctor within days. */
  SOON = "SOON",
}

/** Most urgent first: the order red flags are listed in. */
export const URGENCY_ORDER: readonly RedFlagUrgency[] = [
  RedFlagUrgency.EMERGENCY,
  RedFlagUrgency.SAME_DAY,
  RedFlagUrgency.SOON,
];

registerEnumType(RedFlagUrgency, {
  name: "RedFlagUrgency",
  description: "EMERGENCY: call emergency services now; SAME_DAY: see a doctor today; SOON: see a doctor within days.",
});
