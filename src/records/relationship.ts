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
import { isSlug } from "../util/ids";
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
      /**
       * Issue 27: a link no readable source carries is labelled practice-only (massage teaching or
       * tradition, grade D) and cites nothing, rather than a book nobody could check.
       */
      practiceOnly: z.literal(true, { error: "must be true, or left out when the link cites a source" }).optional(),
      // Required unless practiceOnly (the cross rules below); min 0 here so they say which.
      sources: distinctList(slug("a source id slug"), { max: LIMITS.sourcesMax }).optional(),
      /** A cited book's chapter or page, by source id (issue 27: a claim a reader can check). */
      locators: z
        .record(z.string(), text(LIMITS.locatorMax), {
          error: (issue) =>
            issue.code === "invalid_type" && issue.input !== undefined
              ? "must be a map of cited source id to its chapter or page, like { werner: ch. 5 }"
              : undefined,
        })
        .optional(),
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
      const { locators, sources } = rel as { locators?: unknown; sources?: unknown };
      const cited = Array.isArray(sources) ? sources : [];
      sourcesOrPractice(rel, issue);
      const map = locators && typeof locators === "object" && !Array.isArray(locators) ? locators : {};
      for (const id of Object.keys(map)) {
        // No key in the message: the API never echoes input (the seed check names the entry).
        if (!isSlug(id)) issue("locators", "each key must be a source id (a lowercase slug)");
        else if (!cited.includes(id))
          issue("locators", `${id} is not among the link's sources; a locator names a cited source`);
      }
    }, ALWAYS);
  return schema;
}

/** A link cites at least one source, or says it is practice-only and then cites none and is graded D. */
function sourcesOrPractice(rel: Record<string, unknown>, issue: (path: string, message: string) => void): void {
  const { practiceOnly, sources, evidence } = rel;
  const cited = Array.isArray(sources) ? sources.length : 0;
  if (practiceOnly === true) {
    if (cited > 0) issue("practiceOnly", "a practice-only link cites no source; drop practiceOnly or the sources");
    if (typeof evidence === "string" && evidence !== "D")
      issue("evidence", "a practice-only link is graded D (tradition or practice, no source)");
  } else if (sources === undefined) issue("sources", "is required");
  else if (Array.isArray(sources) && cited === 0) issue("sources", "must hold at least one item");
}
