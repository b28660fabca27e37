import { RELATION_TYPES, RELATIONS } from "../../model";
import type { RelationType } from "../../model";

export { RELATION_TYPES, isRelationType } from "../../model";
export type { RelationType } from "../../model";

/** "A <forward> B" reads along the arrow; "B <backward> A" reads against it (declared in src/model/relations.ts). */
export const RELATION_PHRASES = Object.fromEntries(
  RELATION_TYPES.map((type) => [type, { forward: RELATIONS[type].forward, backward: RELATIONS[type].backward }]),
) as Record<RelationType, { forward: string; backward: string }>;
