import { ContraindicationScope, ContraindicationSeverity } from "../entity";
import type { EntityRecord } from "../entity";

export const isAbsolute = (c: EntityRecord) => c.severity === ContraindicationSeverity.ABSOLUTE;
export const isGeneral = (c: EntityRecord) => c.scope === ContraindicationScope.GENERAL;
/** ABSOLUTE + GENERAL: no massage at all, so a therapy it applies to must never be recommended. */
export const rulesOutTherapy = (c: EntityRecord) => isAbsolute(c) && isGeneral(c);

/** "Pregnancy (precaution, general)": a state with its severity and scope, as notes and reasons name it. */
export function label(c: EntityRecord): string {
  return `${c.name} (${(c.severity ?? "unknown").toLowerCase()}, ${(c.scope ?? "unknown").toLowerCase()})`;
}
