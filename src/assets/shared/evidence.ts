/**
 * The evidence grades in words a reader understands, matching the README's evidence policy
 * ("what it means for a reader"): A several good studies agree, B at least one good trial,
 * C clinical consensus in a named reference, D unproven (practice, tradition or theory).
 */
export const EVIDENCE_WORDS: Record<string, string> = {
  A: "good evidence",
  B: "some evidence",
  C: "expert consensus",
  D: "practice or theory only",
};

type Graded = { evidence: string | null };

/** A chain is as strong as its weakest graded link (D is weakest); null when no link is graded. */
export function weakestGrade(links: Graded[]): string | null {
  const grades = links.map((l) => l.evidence).filter((g): g is string => g !== null);
  return grades.length > 0 ? grades.sort()[grades.length - 1] : null;
}

/** A chain of two or more links (through a cause) whose every link is graded D: a theory, not a finding. */
export const isTheoryChain = (links: Graded[]) => links.length > 1 && links.every((l) => l.evidence === "D");
