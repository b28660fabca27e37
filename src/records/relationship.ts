import { z } from "zod";
import {
  EVIDENCE_GRADES,
  GROUP_TYPES,
  OUTCOME_TYPES,
  RELATION_TYPES,
  SEED_OUTCOMES,
  SEVERITIES,
  STAGES,
} from "../model";
import { distinctList, LIMITS, oneOf, slug, stringRule, text } from "./fields";

const ALWAYS = { when: () => true };
let schema: z.ZodType | undefined;

/** The rules of a relationship (from -type-> to), as the seed file writes it and curation stores it. */
export function relationshipRecord(): z.ZodType {
  // Built at first use: a model extension (a test's fixture kind) must be in the list of types.
  schema ??= z
    .strictObject({
      from: slug(),
      type: stringRule((type) =>
        RELATION_TYPES.includes(type as never)
          ? undefined
          : `unknown relationship type; types: ${RELATION_TYPES.join(", ")}`,
      ),
      to: slug(),
      note: text(LIMITS.noteMax),
      evidence: oneOf(EVIDENCE_GRADES),
      outcome: oneOf(SEED_OUTCOMES).optional(),
      stage: oneOf(STAGES).optional(),
      group: slug().max(LIMITS.groupMax).optional(),
      severity: oneOf(SEVERITIES).optional(),
      sources: distinctList(slug("a source id slug"), { min: 1, max: LIMITS.sourcesMax }),
    })
    .superRefine((rel, ctx) => {
      const { type, outcome, group, severity, from, to } = rel as Record<string, unknown>;
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      if (typeof type === "string" && RELATION_TYPES.includes(type as never)) {
        if (outcome !== undefined && !OUTCOME_TYPES.includes(type as never))
          issue("outcome", `only ${OUTCOME_TYPES.join(" and ")} carry an outcome`);
        if (group !== undefined && !GROUP_TYPES.includes(type as never))
          issue("group", `only ${GROUP_TYPES.join(" and ")} carry a group`);
        if (severity !== undefined && type !== "CONTRAINDICATED_BY")
          issue("severity", "only CONTRAINDICATED_BY carries a severity");
      }
      if (typeof from === "string" && from === to) issue("to", "a relationship cannot join a node to itself");
    }, ALWAYS);
  return schema;
}
