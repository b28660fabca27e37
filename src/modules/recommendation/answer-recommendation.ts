import { BadUserInputError } from "../../errors/api-errors";
import { EntityKind, EntityRecord, toEntityRecord } from "../entity";
import type { RunQuery } from "../vocabulary";
import { buildRecommendations } from "./build-recommendations";
import { INTAKE_STATE_IDS } from "./intake";
import { RecommendArgs, resolveRecommendationInputs } from "./recommendation-inputs";
import type {
  CandidateRow,
  EvidenceAgainstRow,
  RecommendationsRecord,
  SituationRow,
  StateRow,
} from "./recommendation.record";
import type { FlagSource } from "./red-flags";
import { buildSituation, Situation } from "./situation";

/**
 * The whole answer from queries run by `run`, which the caller opens as ONE read transaction:
 * the terms, the situation, the candidates and the evidence all come from one snapshot, so the
 * exclusions always match the graph the ranking saw. The states that apply come from the graph
 * and the person's answers, never from the client as given.
 */
export async function answerRecommendation(run: RunQuery, args: RecommendArgs): Promise<RecommendationsRecord> {
  const inputs = await resolveRecommendationInputs(run, args);
  refuseMechanisms(inputs.asked);
  const situationIds = [...new Set([...inputs.asked, ...inputs.conditionEntities].map((e) => e.id))];
  const situationRows = await run<SituationRow>("recommendation/situation", { ids: situationIds });
  refuseIdleCauses(inputs.conditionEntities, situationRows);
  const presents = new Map(
    situationRows.map((r) => [
      r.id,
      r.states.map((s) => ({ state: toEntityRecord(s.state), stage: s.stage, group: s.group })),
    ]),
  );
  const stateIds = new Set([
    ...INTAKE_STATE_IDS,
    ...inputs.confirmed.map((c) => c.id),
    ...situationRows.flatMap((r) => r.states.map((s) => s.state.id)),
  ]);
  const stateRows = await run<StateRow>("recommendation/states", { ids: [...stateIds] });
  const stateById = new Map(stateRows.map((r) => [r.state.id, r]));
  const intake = INTAKE_STATE_IDS.filter((id) => stateById.has(id)).map((id) =>
    toEntityRecord(stateById.get(id)!.state),
  );
  const situation = buildSituation({ ...inputs, presents, intake });
  const askedIds = inputs.asked.map((a) => a.id);
  const candidates = await run<CandidateRow>("recommendation/candidates", {
    ailments: askedIds,
    states: [...situation.states.keys()],
  });
  const evidenceAgainst = await run<EvidenceAgainstRow>("recommendation/evidence-against", { ailments: askedIds });
  const flagSources = redFlagSources(situation, situationRows, stateById);
  return buildRecommendations({ candidates, situation, flagSources, evidenceAgainst, first: args.first });
}

/** A mechanism or theory node (muscle ischemia) explains; it is not a complaint to treat. */
function refuseMechanisms(asked: EntityRecord[]): void {
  const mechanisms = asked.filter((a) => a.mechanism);
  if (mechanisms.length === 0) return;
  const messages = mechanisms.map(
    (m) => `"${m.id}" is a mechanism (a theory of how a complaint works), not a complaint; name the complaint itself`,
  );
  throw new BadUserInputError(`Invalid input: ailments: ${messages.join("; ")}`, [{ field: "ailments", messages }]);
}

/** A cause named as a condition must present as some state of massage safety, or it says nothing. */
function refuseIdleCauses(conditionEntities: EntityRecord[], rows: SituationRow[]): void {
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const idle = conditionEntities.filter(
    (e) =>
      !e.roles.includes(EntityKind.AILMENT) &&
      !e.roles.includes(EntityKind.CONTRAINDICATION) &&
      (rowById.get(e.id)?.states.length ?? 0) === 0,
  );
  if (idle.length === 0) return;
  const messages = idle.map(
    (e) => `"${e.id}" is a cause that no state of massage safety follows from; name the condition itself`,
  );
  throw new BadUserInputError(`Invalid input: conditions: ${messages.join("; ")}`, [{ field: "conditions", messages }]);
}

/**
 * Whose red flags the answer shows: every ailment and cause of the situation, and every state the
 * person is or may be in (confirmed, or possible through what they named). An intake state nobody
 * answered brings none: it is only asked.
 */
function redFlagSources(situation: Situation, rows: SituationRow[], states: Map<string, StateRow>): FlagSource[] {
  const byId = new Map(situation.entities.map((e) => [e.id, e]));
  const sources: FlagSource[] = rows
    .filter((r) => byId.has(r.id))
    .map((r) => ({ entity: byId.get(r.id)!, redFlags: r.redFlags }));
  for (const info of situation.states.values()) {
    if (info.status === "RULED_OUT" || (info.status === "UNKNOWN" && info.intake)) continue;
    const row = states.get(info.state.id);
    if (row && row.redFlags.length > 0) sources.push({ entity: info.state, redFlags: row.redFlags });
  }
  return sources;
}
