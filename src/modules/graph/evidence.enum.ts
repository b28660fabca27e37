import { registerEnumType } from "type-graphql";
import { EVIDENCE_GRADES } from "../../model";
import type { EvidenceGrade } from "../../model";

/** Evidence grades (the model's list): the seed format, the link input and the API all use it. */
export { EVIDENCE_GRADES };
export type { EvidenceGrade };

const MEANING: Record<EvidenceGrade, string> = {
  A: "Strong evidence: consistent randomised trials or a meta-analysis.",
  B: "Limited evidence: few or small trials.",
  C: "Clinical consensus and textbooks.",
  D: "Anecdote or theory.",
};

/** The GraphQL enum Evidence, built from EVIDENCE_GRADES. */
export const Evidence = Object.fromEntries(EVIDENCE_GRADES.map((grade) => [grade, grade])) as {
  [G in EvidenceGrade]: G;
};

registerEnumType(Evidence, {
  name: "Evidence",
  description: "How well a relationship is supported, A (strong trials) to D (anecdote or theory).",
  valuesConfig: Object.fromEntries(EVIDENCE_GRADES.map((grade) => [grade, { description: MEANING[grade] }])),
});

export function isEvidenceGrade(value: unknown): value is EvidenceGrade {
  return (EVIDENCE_GRADES as readonly unknown[]).includes(value);
}
