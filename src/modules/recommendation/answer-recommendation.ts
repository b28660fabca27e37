import { BadUserInputError } from "../../errors/api-errors";
import { EntityKind } from "../entity/entity-kind.enum";
import { toEntityRecord } from "../entity/entity.record";
import type { RunQuery } from "../vocabulary/resolve-terms";
import { buildRecommendations } from "./build-recommendations";
import { RecommendArgs, resolveRecommendationInputs } from "./recommendation-inputs";
import type { CandidateRow, EvidenceAgainstRow, RecommendationsRecord, SituationRow } from "./recommendation.record";
import { buildSituation } from "./situation";

/**
 * The whole answer from queries run by `run`, which the caller opens as ONE read transaction:
 * the terms, the situation, the candidates and the evidence all come from one snapshot, so the
 * exclusions always match the graph the ranking saw. The states that apply come from the graph
 * and the person's answers, never from the client as given.
 */
export async function answerRecommendation(run: RunQuery, args: RecommendArgs): Promise<RecommendationsRecord> {
  const inputs = await resolveRecommendationInputs(run, args);
  const situationIds = [...new Set([...inputs.asked, ...inputs.conditionEntities].map((e) => e.id))];
  const situationRows = await run<SituationRow>("recommendation/situation", { ids: situationIds });
  const rowById = new Map(situationRows.map((r) => [r.id, r]));
  const idle = inputs.conditionEntities.filter(
    (e) =>
      !e.roles.includes(EntityKind.AILMENT) &&
      !e.roles.includes(EntityKind.CONTRAINDICATION) &&
      (rowById.get(e.id)?.states.length ?? 0) === 0,
  );
  if (idle.length > 0) {
    const messages = idle.map(
      (e) => `"${e.id}" is a cause that no state of massage safety follows from; name the condition itself`,
    );
    throw new BadUserInputError(`Invalid input: conditions: ${messages.join("; ")}`, [
      { field: "conditions", messages },
    ]);
  }
  const presents = new Map(
    situationRows.map((r) => [
      r.id,
      r.states.map((s) => ({ state: toEntityRecord(s.state), stage: s.stage, group: s.group })),
    ]),
  );
  const situation = buildSituation({ ...inputs, presents });
  const askedIds = inputs.asked.map((a) => a.id);
  const candidates = await run<CandidateRow>("recommendation/candidates", {
    ailments: askedIds,
    states: [...situation.states.keys()],
  });
  const evidenceAgainst = await run<EvidenceAgainstRow>("recommendation/evidence-against", { ailments: askedIds });
  return buildRecommendations({ candidates, situation, situationRows, evidenceAgainst, first: args.first });
}
