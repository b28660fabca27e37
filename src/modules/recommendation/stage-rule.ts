import { Stage } from "../entity";

/**
 * What is known of an ailment's stage: given by the caller (ACUTE, SUBACUTE, CHRONIC), inferred
 * from the states the person confirmed, LATER when every state tied to the acute stage has been
 * ruled out (the acute stage has passed, subacute or chronic unknown), or UNKNOWN.
 */
export type StageKnowledge = "UNKNOWN" | "ACUTE" | "LATER" | "SUBACUTE" | "CHRONIC";

/** A stored stage (acute, any...) or a Stage enum value as the rule reads it; null/any = every stage. */
export function specificStage(stage: Stage | string | null | undefined): Stage | null {
  const upper = stage ? stage.toUpperCase() : null;
  return upper === Stage.ACUTE || upper === Stage.SUBACUTE || upper === Stage.CHRONIC ? upper : null;
}

/**
 * Does a fact tied to `edge` (a TREATED_BY or PRESENTS_AS stage) hold at the known stage?
 * true/false, or null when the answer depends on a stage nobody gave.
 *   acute      holds in the acute stage only (rest, cold, gentle movement away from the site);
 *   subacute   holds from the subacute stage on (gentle work on and around the site, and later);
 *   chronic    holds in the chronic stage, and once the acute stage is known to have passed
 *              (RA or SLE "between flares" is stored as chronic);
 *   any/none   holds at every stage.
 */
export function stageHolds(edge: Stage | string | null | undefined, known: StageKnowledge): boolean | null {
  const stage = specificStage(edge);
  if (stage === null) return true;
  if (known === "UNKNOWN") return null;
  if (stage === Stage.ACUTE) return known === "ACUTE";
  if (known === "ACUTE") return false;
  if (stage === Stage.SUBACUTE) return true;
  return known !== "SUBACUTE";
}
