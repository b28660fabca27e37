/** What seed:check prints for one rule: problem lines fail the check, warning lines do not. */
export interface RuleLines {
  problems: string[];
  warnings: string[];
}

/**
 * A seed rule turned on in stages (source-record.ts, source-year.ts): while the seed still has gaps
 * it prints one warning line (when there are any); once enforced, one problem line per gap.
 */
export function stagedRuleLines<G>(
  gaps: readonly G[],
  enforced: boolean,
  problemLine: (gap: G) => string,
  warningLine: (gaps: readonly G[]) => string,
): RuleLines {
  if (enforced) return { problems: gaps.map(problemLine), warnings: [] };
  return { problems: [], warnings: gaps.length === 0 ? [] : [warningLine(gaps)] };
}
