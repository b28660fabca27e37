import { z } from "zod";
import {
  ENTITY_KINDS,
  PRESSURES,
  REGIONS,
  SCOPES,
  SEVERITIES,
  STAGES,
  TECHNIQUE_PRESSURES,
  THERMAL_AGENTS,
  URGENCIES,
  seedKey,
} from "../model";
import type { EntityKind } from "../model";
import { codes, distinctList, LIMITS, name, oneOf, slug, text } from "./fields";

const ALWAYS = { when: () => true };
type Fields = Record<string, z.ZodType>;

const regions = () => distinctList(oneOf(REGIONS), { min: 1, max: REGIONS.length });

/** Only an ailment plays a second role, and only cause (stress is an ailment that causes others). */
function alsoActsAs(kind: EntityKind) {
  const own = seedKey(kind);
  const kinds = ENTITY_KINDS.map(seedKey);
  const rule = (other: string): string | undefined => {
    if (!kinds.includes(other)) return `unknown kind ${JSON.stringify(other)}; kinds: ${kinds.join(", ")}`;
    if (other === own) return "is this entity's own kind (its file)";
    if (own === "cause" && other === "ailment")
      return "a cause that is also an ailment is an ailment first: an ailment with alsoActsAs cause";
    if (own === "ailment")
      return other === "cause" ? undefined : "an ailment may also act as a cause, and nothing else";
    return `only an ailment may play a second role (cause); a ${own} plays no other`;
  };
  return distinctList(
    z.string().superRefine((other, ctx) => {
      const message = rule(other);
      if (message) ctx.addIssue({ code: "custom", message });
    }),
    { max: LIMITS.alsoActsAsMax },
  );
}

const COMMON = (kind: EntityKind): Fields => ({
  id: slug(),
  name: name(),
  synonyms: distinctList(
    text(LIMITS.synonymMax).refine((s) => s === s.toLowerCase(), { error: "must be lowercase" }),
    { max: LIMITS.synonymsMax },
  ).optional(),
  summary: text(LIMITS.summaryMax),
  category: text(LIMITS.categoryMax).optional(),
  alsoActsAs: alsoActsAs(kind).optional(),
  codes: codes().optional(),
});

const ADAPTATION = z
  .strictObject({
    pressure: oneOf(PRESSURES).optional(),
    position: text(LIMITS.adaptationTextMax).optional(),
    avoid: distinctList(text(LIMITS.synonymMax), { min: 1, max: LIMITS.avoidMax }).optional(),
    maxMinutes: z.int().min(1).max(600).optional(),
    clearance: z.boolean().optional(),
    notes: text(LIMITS.adaptationTextMax).optional(),
  })
  .refine((a) => Object.values(a).some((v) => v !== undefined), {
    error: "must hold at least one of pressure, position, avoid, maxMinutes, clearance, notes",
  });

const RESTRICTS = z
  .strictObject({
    regions: regions()
      .refine((list) => !list.some((g) => g === "whole-body" || g === "lesion"), {
        error: "name body regions (abdomen, legs...): a state forbidding work everywhere is GENERAL ABSOLUTE",
      })
      .optional(),
    thermal: distinctList(oneOf(THERMAL_AGENTS), { min: 1, max: THERMAL_AGENTS.length }).optional(),
  })
  .refine((r) => r.regions !== undefined || r.thermal !== undefined, {
    error: "must hold at least one of regions, thermal",
  });

/** The fields a kind adds to the common ones (src/model/kinds.ts names them, in file order). */
const OWN: Partial<Record<EntityKind, Fields>> = {
  AILMENT: {
    regions: regions()
      .refine((list) => !list.some((g) => g === "whole-body" || g === "lesion"), {
        error: "an ailment's regions name where it is: not whole-body or lesion (leave it out when anywhere)",
      })
      .optional(),
    mechanism: z.boolean().optional(),
  },
  THERAPY: {
    pressure: oneOf(TECHNIQUE_PRESSURES).optional(),
    regions: regions()
      .refine((list) => !list.includes("whole-body") || list.length === 1, {
        error: "whole-body stands alone (it already covers every region)",
      })
      .optional(),
    thermal: oneOf(THERMAL_AGENTS).optional(),
  },
  CONTRAINDICATION: {
    severity: oneOf(SEVERITIES),
    scope: oneOf(SCOPES),
    stage: oneOf(STAGES).optional(),
    question: text(LIMITS.questionMax).optional(),
    adaptation: ADAPTATION.optional(),
    restricts: RESTRICTS.optional(),
  },
  RED_FLAG: { urgency: oneOf(URGENCIES), action: text(LIMITS.actionMax) },
};

const PRECAUTION_NEEDS_ADAPTATION =
  "is required on a PRECAUTION: say how to adapt (pressure, position, avoid, maxMinutes, clearance, notes)";

const schemas = new Map<EntityKind, z.ZodType>();

/** The rules of one kind's entity, as the seed file writes it and curation stores it. */
export function entityRecord(kind: EntityKind): z.ZodType {
  let schema = schemas.get(kind);
  if (!schema) {
    schema = z.strictObject({ ...COMMON(kind), ...OWN[kind] }).superRefine((entity, ctx) => {
      const { severity, adaptation } = entity as { severity?: unknown; adaptation?: unknown };
      if (kind === "CONTRAINDICATION" && severity === "PRECAUTION" && adaptation === undefined)
        ctx.addIssue({ code: "custom", path: ["adaptation"], message: PRECAUTION_NEEDS_ADAPTATION });
    }, ALWAYS);
    schemas.set(kind, schema);
  }
  return schema;
}
