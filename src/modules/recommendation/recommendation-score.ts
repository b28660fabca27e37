import type { RelationRecord } from "../graph";
import type { PathKind, ScoredPath } from "./recommendation.record";

/**
 * How therapies are ranked: the one statement of the formula (the README points here).
 *
 *   w(grade)        = A 1.0, B 0.8, C 0.6, D 0.35, missing 0.3      evidence weight of one relationship
 *   strength(path)  = product of w over the path's relationships    (a chain is as good as its links)
 *   factor(kind)    = DIRECT 1.0 (ailment -TREATED_BY-> therapy)
 *                     CAUSE 0.6 (ailment -CAUSED_BY-> cause -TREATED_BY-> therapy)
 *                     SECONDARY 0.4 (ailment -LEADS_TO*1..2-> problem it brings on -TREATED_BY-> therapy)
 *   ailmentScore(a) = sum over kinds of factor(kind) * min(1, sum of strength over a's paths of that kind)
 *   score           = (sum of ailmentScore over the requested ailments it addresses) * (1 + 0.5 * (n - 1))
 *                     where n = how many requested ailments it addresses; rounded to 3 decimals.
 *
 * Summing within a kind rewards several independent routes (a therapy easing three causes of a
 * spasm), while the cap at 1 keeps many weak routes from outweighing one strong direct trial.
 * A direct treatment beats one through a cause, which beats treating a problem the ailment brings on.
 */
const EVIDENCE_WEIGHT: Readonly<Record<string, number>> = { A: 1.0, B: 0.8, C: 0.6, D: 0.35 };
const MISSING_EVIDENCE_WEIGHT = 0.3;
const KIND_FACTOR: Readonly<Record<PathKind, number>> = { DIRECT: 1.0, CAUSE: 0.6, SECONDARY: 0.4 };
const BREADTH_BOOST = 0.5;
/** The `why` of a recommendation keeps its strongest paths only, so answers stay readable. */
export const MAX_WHY_PATHS = 5;

export function evidenceWeight(grade: string | null): number {
  return (grade && EVIDENCE_WEIGHT[grade.toUpperCase()]) || MISSING_EVIDENCE_WEIGHT;
}

export function pathStrength(relationships: RelationRecord[]): number {
  return relationships.reduce((product, r) => product * evidenceWeight(r.evidence), 1);
}

function roundScore(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The therapy's score and the requested ailments its paths address (sorted ids). */
export function scoreTherapy(paths: ScoredPath[]): { score: number; addressedIds: string[] } {
  const sums = new Map<string, Map<PathKind, number>>();
  for (const p of paths) {
    const byKind = sums.get(p.ailmentId) ?? new Map<PathKind, number>();
    byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + p.strength);
    sums.set(p.ailmentId, byKind);
  }
  let total = 0;
  for (const byKind of sums.values()) {
    for (const [kind, sum] of byKind) total += KIND_FACTOR[kind] * Math.min(1, sum);
  }
  const addressedIds = [...sums.keys()].sort();
  const boost = addressedIds.length > 0 ? 1 + BREADTH_BOOST * (addressedIds.length - 1) : 0;
  return { score: roundScore(total * boost), addressedIds };
}

/** Strongest first; ties broken by the explanation so the order never depends on the database. */
export function strongestPaths(paths: ScoredPath[], max = MAX_WHY_PATHS): ScoredPath[] {
  const weight = (p: ScoredPath) => KIND_FACTOR[p.kind] * p.strength;
  return [...paths]
    .sort(
      (a, b) =>
        weight(b) - weight(a) || a.path.length - b.path.length || a.path.explanation.localeCompare(b.path.explanation),
    )
    .slice(0, max);
}
