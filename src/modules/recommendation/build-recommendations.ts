import type { Stage } from "../entity";
import { EntityRecord, toEntityRecord } from "../entity";
import { toGraphPathRecord, Outcome, toRelationRecord } from "../graph";
import { Affected, buildQuestions } from "./questions";
import { pathStrength, scoreTherapy, strongestPaths } from "./recommendation-score";
import type {
  CandidateRow,
  EvidenceAgainstRecord,
  EvidenceAgainstRow,
  ExcludedTherapyRecord,
  RecommendationsRecord,
  ScoredPath,
  TherapyRecommendationRecord,
} from "./recommendation.record";
import { collectRedFlags, FlagSource } from "./red-flags";
import type { Situation } from "./situation";
import { judgeTherapy } from "./therapy-verdict";

export const DISCLAIMER =
  "This is general information about massage, not medical advice; ask a qualified health professional before starting any therapy, especially with the conditions you named. If any red flag above applies, get it assessed first.";

type Ranked = { score: number; therapy: EntityRecord };
const byScoreThenName = (a: Ranked, b: Ranked) =>
  b.score - a.score || a.therapy.name.localeCompare(b.therapy.name) || a.therapy.id.localeCompare(b.therapy.id);

export interface BuildInput {
  candidates: CandidateRow[];
  situation: Situation;
  flagSources: FlagSource[];
  evidenceAgainst: EvidenceAgainstRow[];
  first: number;
}

/** Turns the rows of one transaction into the answer (pure: all data comes from the rows and the situation). */
export function buildRecommendations({
  candidates,
  situation,
  flagSources,
  evidenceAgainst,
  first,
}: BuildInput): RecommendationsRecord {
  const entityById = new Map(situation.entities.map((a) => [a.id, a]));
  const items: TherapyRecommendationRecord[] = [];
  const conditional: TherapyRecommendationRecord[] = [];
  const excluded: (ExcludedTherapyRecord & { score: number })[] = [];
  const affected: Affected[] = [];
  // Evidence against a therapy for an asked ailment itself drops the therapy's indirect paths to it.
  const against = new Set(
    evidenceAgainst.filter((e) => situation.askedIds.has(e.subject.id)).map((e) => `${e.subject.id}|${e.therapy.id}`),
  );

  for (const row of candidates) {
    const therapy = toEntityRecord(row.therapy);
    const paths: ScoredPath[] = row.paths.map((p) => {
      const path = toGraphPathRecord(p.nodes, p.relationships);
      return { kind: p.kind, ailmentId: p.ailment.id, path, strength: pathStrength(path.relationships) };
    });
    const bearing = row.bearing.map((b) => ({
      contraindication: toEntityRecord(b.contraindication),
      via: { id: b.via, name: b.viaName },
      note: b.note,
      absolute: b.severity === "ABSOLUTE",
    }));
    const verdict = judgeTherapy(therapy, paths, bearing, situation, { against });
    if (verdict.kind === "NONE") continue;
    const { score, addressedIds } = scoreTherapy(verdict.paths);
    const addresses = addressedIds.map((id) => entityById.get(id)!).filter(Boolean);
    if (verdict.kind === "EXCLUDED") {
      excluded.push({ therapy, score, addresses, because: verdict.because, reasons: verdict.reasons });
      continue;
    }
    const record = {
      therapy,
      score,
      addresses,
      why: strongestPaths(verdict.paths).map((p) => p.path),
      precautions: verdict.precautions,
      precautionNotes: verdict.precautionNotes,
      dependsOn: verdict.questions,
    };
    (verdict.kind === "ITEM" ? items : conditional).push(record);
    affected.push({
      therapy,
      screening: verdict.screening,
      questions: verdict.questions,
      directStages: directStages(paths),
      sites: verdict.sites,
    });
  }
  items.sort(byScoreThenName);
  conditional.sort(byScoreThenName);
  excluded.sort(byScoreThenName);
  const confirmed = [...situation.states.values()].filter((s) => s.status === "CONFIRMED").map((s) => s.state);
  return {
    redFlags: collectRedFlags(flagSources),
    questions: buildQuestions(situation, affected),
    items: items.slice(0, first),
    conditional: conditional.slice(0, first),
    excluded: excluded.map(({ score: _score, ...rest }) => rest),
    notSupported: evidenceAgainst
      .map(toEvidenceAgainst)
      .sort((a, b) => a.about.name.localeCompare(b.about.name) || a.therapy.name.localeCompare(b.therapy.name)),
    appliedConditions: confirmed.sort((a, b) => a.name.localeCompare(b.name)),
    disclaimer: DISCLAIMER,
  };
}

/** The TREATED_BY stage of each direct path, by asked ailment. */
function directStages(paths: ScoredPath[]): Map<string, Stage | null> {
  return new Map(
    paths.filter((p) => p.kind === "DIRECT").map((p) => [p.ailmentId, p.path.relationships[0]?.stage ?? null]),
  );
}

function toEvidenceAgainst(row: EvidenceAgainstRow): EvidenceAgainstRecord {
  const relation = toRelationRecord(row.relation);
  return {
    therapy: toEntityRecord(row.therapy),
    about: toEntityRecord(row.subject),
    outcome: relation.outcome ?? Outcome.NO_BENEFIT,
    relation,
  };
}
