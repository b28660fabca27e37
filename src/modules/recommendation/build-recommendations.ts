import { EntityRecord, toEntityRecord } from "../entity/entity.record";
import { toGraphPathRecord } from "../graph/graph-path.record";
import { Bearing, judgeTherapy } from "./contraindication-policy";
import { pathStrength, scoreTherapy, strongestPaths } from "./recommendation-score";
import type { ResolvedInputs } from "./recommendation-inputs";
import type { CandidateRow, ExcludedTherapyRecord, RecommendationsRecord, ScoredPath, TherapyRecommendationRecord } from "./recommendation.record";

export const DISCLAIMER =
  "This is general information about massage, not medical advice; ask a qualified health professional before starting any therapy, especially with the conditions you named.";

const byScoreThenName = (a: { score: number; therapy: EntityRecord }, b: { score: number; therapy: EntityRecord }) =>
  b.score - a.score || a.therapy.name.localeCompare(b.therapy.name) || a.therapy.id.localeCompare(b.therapy.id);

/** Turns the candidate rows of one transaction into ranked items and exclusions (pure: all data comes from the rows). */
export function buildRecommendations({ candidates, inputs, first }: { candidates: CandidateRow[]; inputs: ResolvedInputs; first: number }): RecommendationsRecord {
  const ailmentById = new Map(inputs.ailments.map((a) => [a.id, a]));
  const conditionName = new Map(inputs.conditions.map((c) => [c.id, c.name]));
  const items: TherapyRecommendationRecord[] = [];
  const excluded: (ExcludedTherapyRecord & { score: number })[] = [];

  for (const row of candidates) {
    const therapy = toEntityRecord(row.therapy);
    const paths: ScoredPath[] = row.paths.map((p) => {
      const path = toGraphPathRecord(p.nodes, p.relationships);
      return { kind: p.kind, ailmentId: p.ailment.id, path, strength: pathStrength(path.relationships) };
    });
    const { score, addressedIds } = scoreTherapy(paths);
    // Every path starts at a requested ailment (candidates.cypher matches only $ailments).
    const addresses = addressedIds.map((id) => ailmentById.get(id)!);
    const bearing: Bearing[] = row.bearing.map((b) => ({
      contraindication: toEntityRecord(b.contraindication),
      via: { id: b.via, name: b.viaName },
      note: b.note,
      // An ailment given as a condition applies the states it may present as: say so.
      namedBy: b.namedBy.map((id) => (id === b.contraindication.id ? conditionName.get(id)! : `${conditionName.get(id)} (which may present as it)`)),
      stateOf: b.stateOf.map((id) => ailmentById.get(id)?.name ?? id),
    }));
    const judgement = judgeTherapy(therapy, bearing);
    if (judgement.excluded) {
      excluded.push({ therapy, score, addresses, because: judgement.because, reasons: judgement.reasons });
    } else {
      const why = strongestPaths(paths).map((p) => p.path);
      items.push({ therapy, score, addresses, why, precautions: judgement.precautions, precautionNotes: judgement.precautionNotes });
    }
  }
  items.sort(byScoreThenName);
  excluded.sort(byScoreThenName);
  return {
    items: items.slice(0, first),
    excluded: excluded.map(({ score: _score, ...rest }) => rest),
    appliedConditions: dedupe(inputs.applied.map((a) => a.contraindication)),
    disclaimer: DISCLAIMER,
  };
}

function dedupe(entities: EntityRecord[]): EntityRecord[] {
  return [...new Map(entities.map((e) => [e.id, e])).values()];
}
