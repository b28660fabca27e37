import { BadUserInputError } from "../../errors/api-errors";
import { Stage } from "../entity";
import type { EntityRecord, BodyRegion } from "../entity";
import { specificStage, StageKnowledge, stageHolds } from "./stage-rule";

type StateStatus = "CONFIRMED" | "RULED_OUT" | "UNKNOWN";

/** An entity of the person's situation presenting as a state, with the PRESENTS_AS stage and group. */
interface Presenter {
  entity: EntityRecord;
  stage: Stage | null;
  group: string | null;
}

export interface StateInfo {
  state: EntityRecord;
  status: StateStatus;
  /** Situation entities that may present as it (empty for a contraindication named on its own). */
  presentedBy: Presenter[];
  /** How the status was settled, in words ("you named it", "the stage you gave"...). */
  basis: string | null;
  /**
   * In the situation only as an intake screening state nobody answered: it is asked, and the
   * answer says what a yes would change, but it does not hold therapies back.
   */
  intake: boolean;
}

export interface Situation {
  /** Every ailment and cause of the situation: the asked ailments and those named among conditions. */
  entities: EntityRecord[];
  askedIds: Set<string>;
  states: Map<string, StateInfo>;
  stages: Map<string, StageKnowledge>;
  /** Where states or ailments are, as the person answered (sites) by entity id. */
  sites: Map<string, BodyRegion[]>;
}

export interface SituationInput {
  asked: EntityRecord[];
  /** Ailments and causes named among conditions (their states are unknown until answered). */
  conditionEntities: EntityRecord[];
  /** Contraindications named among conditions or in confirmedStates: confirmed. */
  confirmed: EntityRecord[];
  ruledOut: EntityRecord[];
  stages: Map<string, Stage>;
  sites: Map<string, BodyRegion[]>;
  /** The intake screening states (docs/safety-policy.md): asked when nobody said. */
  intake: EntityRecord[];
  /** For each situation entity, the states it may present as. */
  presents: Map<string, { state: EntityRecord; stage: string | null; group: string | null }[]>;
}

const badInput = (field: string, message: string) =>
  new BadUserInputError(`Invalid input: ${field}: ${message}`, [{ field, messages: [message] }]);

/**
 * One meaning for a person's situation: the union of what they named, whichever list named it.
 * Each state is CONFIRMED, RULED_OUT or UNKNOWN, never assumed: named or confirmed states are
 * confirmed; a given stage confirms or rules out states tied to a stage; a confirmed state rules out
 * the others of its group and its ailment's states tied to another stage. Contradictory answers
 * are BAD_USER_INPUT rather than silently resolved either way.
 */
export function buildSituation(input: SituationInput): Situation {
  const entities = dedupe([...input.asked, ...input.conditionEntities]);
  const states = new Map<string, StateInfo>();
  for (const entity of entities) {
    for (const p of input.presents.get(entity.id) ?? []) {
      const info = states.get(p.state.id) ?? {
        state: p.state,
        status: "UNKNOWN" as StateStatus,
        presentedBy: [],
        basis: null,
        intake: false,
      };
      info.presentedBy.push({ entity, stage: specificStage(p.stage), group: p.group });
      states.set(p.state.id, info);
    }
  }
  const confirmedIds = new Set(input.confirmed.map((c) => c.id));
  const both = input.ruledOut.filter((r) => confirmedIds.has(r.id)).map((r) => r.id);
  if (both.length > 0)
    throw badInput(
      "ruledOutStates",
      `${both.join(", ")} cannot be both confirmed (or named as a condition) and ruled out`,
    );
  for (const c of input.confirmed) settle(states, c, "CONFIRMED", "you named it");
  for (const r of input.ruledOut) settle(states, r, "RULED_OUT", "you ruled it out");

  const stages = new Map<string, StageKnowledge>();
  for (const [id, stage] of input.stages) stages.set(id, stage as StageKnowledge);
  applyGivenStages(states, input.stages);
  inferStages(states, stages, entities);
  applyGroups(states);
  for (const state of input.intake) {
    if (!states.has(state.id))
      states.set(state.id, { state, status: "UNKNOWN", presentedBy: [], basis: null, intake: true });
  }
  return { entities, askedIds: new Set(input.asked.map((a) => a.id)), states, stages, sites: input.sites };
}

function settle(states: Map<string, StateInfo>, state: EntityRecord, status: StateStatus, basis: string): void {
  const info = states.get(state.id) ?? { state, status, presentedBy: [], basis, intake: false };
  info.status = status;
  info.basis = basis;
  states.set(state.id, info);
}

/** A given stage confirms a state tied to it and rules out one tied to another stage. */
function applyGivenStages(states: Map<string, StateInfo>, given: Map<string, Stage>): void {
  for (const info of states.values()) {
    const verdicts = info.presentedBy
      .filter((p) => p.stage !== null && given.has(p.entity.id))
      .map((p) => ({ p, holds: stageHolds(p.stage, given.get(p.entity.id) as StageKnowledge) }));
    if (verdicts.length === 0) continue;
    const confirming = verdicts.find((v) => v.holds === true);
    const allRuleOut = verdicts.length === info.presentedBy.length && verdicts.every((v) => v.holds === false);
    const stageWords = (v: { p: Presenter }) =>
      `the ${given.get(v.p.entity.id)!.toLowerCase()} stage you gave for ${v.p.entity.name}`;
    if (confirming) {
      if (info.status === "RULED_OUT")
        throw badInput(
          "ruledOutStates",
          `${info.state.id} is confirmed by ${stageWords(confirming)}, so it cannot be ruled out`,
        );
      if (info.status === "UNKNOWN") Object.assign(info, { status: "CONFIRMED", basis: stageWords(confirming) });
    } else if (allRuleOut) {
      if (info.status === "CONFIRMED")
        throw badInput("stages", `${stageWords(verdicts[0])} rules out ${info.state.id}, which you confirmed`);
      Object.assign(info, { status: "RULED_OUT", basis: stageWords(verdicts[0]) });
    }
  }
}

/**
 * Without a given stage, an entity's stage is inferred: a confirmed state tied to a stage sets it
 * (and rules out its states tied to another stage); when every state tied to the acute stage is
 * ruled out, the acute stage has passed (LATER). Inferred stages never confirm further states.
 */
function inferStages(
  states: Map<string, StateInfo>,
  stages: Map<string, StageKnowledge>,
  entities: EntityRecord[],
): void {
  for (const entity of entities) {
    if (stages.has(entity.id)) continue;
    const tied = [...states.values()].flatMap((info) =>
      info.presentedBy.filter((p) => p.entity.id === entity.id && p.stage).map((p) => ({ info, stage: p.stage! })),
    );
    const confirmedStages = [...new Set(tied.filter((t) => t.info.status === "CONFIRMED").map((t) => t.stage))];
    if (confirmedStages.length === 1) {
      const stage = confirmedStages[0];
      stages.set(entity.id, stage as StageKnowledge);
      for (const t of tied) {
        if (t.info.status !== "UNKNOWN" || stageHolds(t.stage, stage as StageKnowledge) !== false) continue;
        // Only when no other entity of the situation could still present as it.
        if (t.info.presentedBy.length === 1)
          Object.assign(t.info, { status: "RULED_OUT", basis: `the ${stage.toLowerCase()} stage of ${entity.name}` });
      }
      continue;
    }
    const acute = tied.filter((t) => t.stage === Stage.ACUTE);
    if (acute.length > 0 && acute.every((t) => t.info.status === "RULED_OUT")) stages.set(entity.id, "LATER");
  }
}

/** States of one entity that share a group exclude each other: one confirmed rules the others out. */
function applyGroups(states: Map<string, StateInfo>): void {
  const groups = new Map<string, StateInfo[]>();
  for (const info of states.values()) {
    for (const p of info.presentedBy) {
      if (!p.group) continue;
      const key = `${p.entity.id}/${p.group}`;
      groups.set(key, [...(groups.get(key) ?? []), info]);
    }
  }
  for (const [key, members] of groups) {
    const confirmed = members.filter((m) => m.status === "CONFIRMED");
    if (confirmed.length > 1) {
      const ids = confirmed.map((m) => m.state.id).join(" and ");
      throw badInput(
        "confirmedStates",
        `${ids} exclude each other (group ${key.split("/")[1]} of ${key.split("/")[0]}); confirm one of them`,
      );
    }
    if (confirmed.length === 0) continue;
    for (const m of members) {
      if (m.status === "UNKNOWN")
        Object.assign(m, { status: "RULED_OUT", basis: `${confirmed[0].state.name} excludes it` });
    }
  }
}

export function dedupe(entities: EntityRecord[]): EntityRecord[] {
  return [...new Map(entities.map((e) => [e.id, e])).values()];
}
